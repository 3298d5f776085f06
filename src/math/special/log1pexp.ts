// log(1 + e^{−y}) for 0 ≤ y ≤ 37, Softplus's tail, from a table of Taylor polynomials: seven
// table reads and a dozen multiplies and adds, with no exponential, logarithm or division
// (an exponential followed by a log1p kept Softplus well behind NumPy's logaddexp).
//
// Nodes y_k = k/32 for k = 0…1184; y is taken to its nearest node, r = y − y_k (exact:
// Sterbenz), |r| ≤ 1/64, and g(y) = log1p(e^{−y}) is the degree-6 Taylor polynomial of g at
// y_k. With s = σ(−y) = 1/(1 + e^y), g′ = −s and s′ = s² − s, so g⁽ᵈ⁾ = −P_{d−1}(s) with
// P₀ = s and P_{k+1} = P_k′·(s² − s), polynomials with integer coefficients. As g is analytic
// in |Im y| < π and behaves like e^{−y} for large y, the left-out terms stay below
// (1/64)⁷/7! < 1e−16 of g; rounding leaves the result within about 3 ulp of the exact value.
// Beyond y = 37, e^{−y} < 2^−53 and log1p(e^{−y}) is e^{−y} to double precision.
//
// The table (66 KB) is built on first use, from Math.exp and Math.log1p (each within an ulp),
// so that a page that never evaluates Softplus does not pay for it.

import { exp } from './exp';

/** Taylor coefficients: g⁽ᵈ⁾(y_k)/d! at LOG1PEXP[7k + d]. */
let table: Float64Array | undefined;

function build(): Float64Array {
  // P_{d−1} for d = 1…6, ascending coefficients in s.
  const polys: number[][] = [[0, 1]];
  for (let d = 1; d < 6; d++) {
    const p = polys[d - 1]!;
    const q = new Array<number>(p.length + 1).fill(0);
    for (let i = 1; i < p.length; i++) {
      q[i + 1]! += i * p[i]!; // (i·p_i·s^{i−1})·s²
      q[i]! -= i * p[i]!; //     (i·p_i·s^{i−1})·(−s)
    }
    polys.push(q);
  }
  const c = new Float64Array(1185 * 7);
  for (let k = 0; k <= 1184; k++) {
    const y = k / 32;
    const s = 1 / (1 + Math.exp(y));
    c[7 * k] = Math.log1p(Math.exp(-y));
    let factorial = 1;
    for (let d = 1; d <= 6; d++) {
      factorial *= d;
      const p = polys[d - 1]!;
      let v = 0;
      for (let i = p.length - 1; i >= 0; i--) v = v * s + p[i]!;
      c[7 * k + d] = -v / factorial;
    }
  }
  return c;
}

/** The coefficient table, built on first use; array kernels read it once into a local. */
export function log1pExpTable(): Float64Array {
  return (table ??= build());
}

/**
 * log(1 + e^z) = max(z, 0) + log1p(e^{−|z|}) for every z (Softplus with β = 1), within about 3
 * ulp; z beyond ±37 gives z or e^z, which are exact to double precision there. Array kernels
 * spell the table branch out with the same operations, in the same order.
 */
export function log1pExp(z: number): number {
  const y = Math.abs(z);
  if (y <= 37) {
    const c = table ?? log1pExpTable();
    const k = (y * 32 + 0.5) | 0;
    const r = y - k * 0.03125;
    const r2 = r * r;
    const b = 7 * k;
    return (
      z * +(z > 0) +
      (c[b]! +
        r * c[b + 1]! +
        r2 * (c[b + 2]! + r * c[b + 3]! + r2 * (c[b + 4]! + r * c[b + 5]! + r2 * c[b + 6]!)))
    );
  }
  return z > 0 ? z : exp(z);
}
