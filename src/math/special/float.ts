// Neighbouring doubles, for locating where a double-precision comparison switches branch.

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** The smallest double greater than x (x for +∞ and NaN). */
export function nextUp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  f64[0] = x;
  u64[0] = x > 0 ? u64[0]! + 1n : u64[0]! - 1n;
  return f64[0]!;
}

/** The largest double less than x (x for −∞ and NaN). */
export function nextDown(x: number): number {
  return -nextUp(-x);
}
