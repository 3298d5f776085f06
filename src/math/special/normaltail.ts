import { normalCentral, normalFar, normalMid } from './normal';

// R(y) = Φ(−y)·e^{y²/2} for 0 ≤ y < 37.5 (the exact GELU's tail factor: Φ(−y) = e^{−y²/2}·R(y))
// from a table of Taylor polynomials: eight table reads and a dozen multiplies and adds, no
// division, and one formula for every y. Cody's three ranges (special/normal.ts) each need a
// rational function with a division, and choosing between them branched on the data, which
// mispredicted on random-order input.
//
// Nodes y_k = k/32 for k = 0…1200; y is taken to its nearest node, r = y − y_k (exact:
// Sterbenz), |r| ≤ 1/64, and R is its degree-7 Taylor polynomial at y_k. R′ = yR − 1/√(2π)
// and, differentiating k times, R⁽ᵏ⁺¹⁾ = yR⁽ᵏ⁾ + kR⁽ᵏ⁻¹⁾. R is entire and its derivatives stay
// moderate (R⁽⁸⁾(0) = 52.5), so the left-out terms are below 1e−17 of R; the values R(y_k) come
// from Cody's approximations (a few ulp). GELU built on it stays within about 4 ulp of mpmath.
//
// The table (77 KB) is built a block of 32 nodes at a time, as the nodes are first used: a page
// that never evaluates the exact GELU does not pay for it, and a plot over [−5, 5] builds the
// four blocks it reads (y ≤ 3.6), not all 38. Each node's row depends on its y alone, so the
// order in which blocks are built does not change a bit of any row.

/** Nodes per block (k >> 5 is k's block). */
const BLOCK = 32;
const NODES = 1201;
/** Taylor coefficients: R⁽ᵈ⁾(y_k)/d! at table[8k + d], for the nodes of every built block. */
let table: Float64Array | undefined;
/** built[b] = 1 once block b's rows are in the table. */
const built = new Uint8Array(Math.ceil(NODES / BLOCK));

function buildBlock(block: number): Float64Array {
  const c = (table ??= new Float64Array(NODES * 8));
  for (let k = block * BLOCK; k < Math.min(NODES, (block + 1) * BLOCK); k++) {
    const y = k / 32;
    const r =
      y <= 0.66291
        ? (0.5 - normalCentral(y)) * Math.exp((y * y) / 2)
        : y <= 5.656854249492381
          ? normalMid(y)
          : normalFar(y);
    let prev = r;
    let d = y * r - 0.3989422804014327; // R′
    let factorial = 1;
    c[8 * k] = r;
    c[8 * k + 1] = d;
    for (let j = 1; j < 7; j++) {
      const next = y * d + j * prev;
      prev = d;
      d = next;
      factorial *= j + 1;
      c[8 * k + j + 1] = d / factorial;
    }
  }
  built[block] = 1;
  return c;
}

/** The whole coefficient table, built on first use; array kernels read it once into a local. */
export function normalTailTable(): Float64Array {
  for (let b = 0; b < built.length; b++) if (built[b] === 0) buildBlock(b);
  return table!;
}

/**
 * Φ(−y)·e^{y²/2} for 0 ≤ y < 37.5 (not checked). The exact GELU's array kernel spells this out
 * with the same operations, in the same order.
 */
export function normalTail(y: number): number {
  const k = (y * 32 + 0.5) | 0;
  const c = built[k >> 5] === 1 ? table! : buildBlock(k >> 5);
  const r = y - k * 0.03125;
  const r2 = r * r;
  const b = 8 * k;
  return (
    c[b]! +
    r * c[b + 1]! +
    r2 * (c[b + 2]! + r * c[b + 3]!) +
    r2 * r2 * (c[b + 4]! + r * c[b + 5]! + r2 * (c[b + 6]! + r * c[b + 7]!))
  );
}
