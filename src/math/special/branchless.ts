// Selections without data-dependent branches. In V8, `c ? a : b` and Math.max/Math.min on
// doubles compile to conditional jumps, which mispredict half the time on random-order input
// (5× slower than a copy loop); a comparison turned into a number, `+(a > b)`, compiles to a
// flag move, so selecting with it by arithmetic costs a few cycles whatever the data. The
// ternaries left below only catch ±∞ or NaN, so they are always predicted.
// Every form here gives exactly the branchy result (multiplying by 1 or 0 and adding 0 are
// exact); only the sign of a zero may differ.
//
// 1.7976931348623157e308 (Number.MAX_VALUE) is written as a literal: V8 reloads a
// module-level constant on every use, which made these loops twice as slow. For the same
// reason the piecewise-linear activations spell their clamps and steps out in their own
// files rather than calling shared helpers: an imported function is reloaded and checked on
// every call, about a copy loop's time per element.
//
// The array kernels of the piecewise-linear activations go one step further and select by
// table: each candidate value is written to a small Float64Array and the result is read back
// at an index computed from the comparisons (`s[4 * +(x <= lo) + 5 * +(x >= hi)]`). That costs
// a store and a load instead of a conversion and a multiply per candidate, needs no capping of
// ±∞ (nothing is multiplied by 0) and does no arithmetic with a parameter: V8 compiles a product
// with a parameter that has only ever been a small integer (Hardtanh's −1 and 1) as an integer
// multiply whose −0 check branches on the data. Those kernels also take four elements a turn,
// so that V8 reloads the arrays' length and data pointer once per four elements; together this
// brings them close to a plain copy loop (the figures are in the commit messages).

/** max(x, 0); NaN for NaN. −∞ is caught first (a predicted branch), as −∞·0 would be NaN. */
export function pos(x: number): number {
  return x < -1.7976931348623157e308 ? 0 : x * +(x > 0);
}

/** min(x, 0); NaN for NaN. +∞ is caught first. */
export function neg(x: number): number {
  return x > 1.7976931348623157e308 ? 0 : x * +(x <= 0);
}

/** x > 0 ? 1 : 0 (PyTorch's 0 at x = 0), NaN for NaN. Used by the custom-formula engine. */
export function step(x: number): number {
  return x !== x ? x : +(x > 0);
}
