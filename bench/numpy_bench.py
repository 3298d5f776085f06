#!/usr/bin/env python3
"""NumPy figures for the math benchmark, measured by hand (not run by the tests or CI).

    python3 bench/numpy_bench.py            # n = 1e6 and 1e7
    python3 bench/numpy_bench.py --quick    # n = 1e6 only
    python3 bench/numpy_bench.py --json     # one JSON object: {n: {name: [sorted, random]}}

`npm run bench` runs it with --json in the same run, to print each kernel beside its target.

Prints ns/element of each activation written as a NumPy user would (the issue's "NumPy as
written"), on sorted input (linspace(-10, 10, n)) and on the same values shuffled, beside
np.copyto (memcpy). Median of several runs after a warm-up, like bench/math.bench.ts; time is
process CPU time, as there.
"""

import json
import sys
import time

import numpy as np
from scipy.special import erf, expit

ALPHA = 0.01
C = np.sqrt(2 / np.pi)

FUNCS = {
    "copy (np.copyto)": lambda x, out: np.copyto(out, x),
    "relu": lambda x, out: np.maximum(x, 0, out=out),
    "leaky_relu": lambda x, out: np.copyto(out, np.where(x > 0, x, ALPHA * x)),
    "elu": lambda x, out: np.copyto(out, np.where(x > 0, x, np.expm1(np.minimum(x, 0)))),
    "silu": lambda x, out: np.multiply(x, expit(x), out=out),
    "sigmoid": lambda x, out: expit(x, out=out),
    "tanh": lambda x, out: np.tanh(x, out=out),
    "softplus": lambda x, out: np.logaddexp(0, x, out=out),
    "gelu (scipy erf)": lambda x, out: np.copyto(out, 0.5 * x * (1 + erf(x / np.sqrt(2)))),
    "gelu_tanh": lambda x, out: np.copyto(
        out, 0.5 * x * (1 + np.tanh(C * (x + 0.044715 * x**3)))
    ),
    "mish": lambda x, out: np.copyto(out, x * np.tanh(np.logaddexp(0, x))),
}


def median_ns(fn, x, out, reps):
    fn(x, out)  # warm-up
    ts = []
    for _ in range(reps):
        t0 = time.process_time_ns()
        fn(x, out)
        ts.append((time.process_time_ns() - t0) / x.size)
    return sorted(ts)[len(ts) // 2]


def main():
    sizes = [10**6] if "--quick" in sys.argv else [10**6, 10**7]
    as_json = "--json" in sys.argv
    result = {}
    if not as_json:
        print(f"numpy {np.__version__}")
    for n in sizes:
        x = np.linspace(-10, 10, n)
        r = np.random.default_rng(1).permutation(x)
        out = np.empty(n)
        reps = 7 if n <= 10**6 else 5
        if not as_json:
            print(f"\nn = {n:.0e} float64, ns/element (median of {reps}), sorted | random")
        result[str(n)] = {}
        for name, fn in FUNCS.items():
            s = median_ns(fn, x, out, reps)
            q = median_ns(fn, r, out, reps)
            result[str(n)][name] = [s, q]
            if not as_json:
                print(f"{name:18s} {s:7.2f} {q:7.2f}")
    if as_json:
        print(json.dumps({"numpy": np.__version__, "sizes": result}))


if __name__ == "__main__":
    main()
