"""Reference values for sparsityLead.test.ts: P(|f(z)| < 0.05) for z ~ N(mu, sigma^2), with
f = GELU (z * Phi(z)) and Leaky ReLU (negative_slope 0.01), in 30-digit arithmetic.

Run: python3 src/demos/sparsityLead.mpmath.py (needs mpmath); copy the printed values into the test.
"""
from mpmath import findroot, mp, ncdf

mp.dps = 30
EPS = mp.mpf("0.05")
gelu = lambda z: z * ncdf(z)
b = findroot(lambda z: gelu(z) - EPS, 0.1)
a = findroot(lambda z: gelu(z) + EPS, -0.1)
c = findroot(lambda z: gelu(z) + EPS, -2)


def near_gelu(mu, s):
    return ncdf((b - mu) / s) - ncdf((a - mu) / s) + ncdf((c - mu) / s)


def near_leaky(mu, s):
    return ncdf((EPS - mu) / s) - ncdf((-EPS / mp.mpf("0.01") - mu) / s)


for mu, s in [(0, 1), (-3, 3)]:
    print(f"N({mu}, {s}^2): leaky {mp.nstr(near_leaky(mu, s), 17)}  gelu {mp.nstr(near_gelu(mu, s), 17)}")
