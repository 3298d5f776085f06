import { expm1Neg } from './exp';

/**
 * tanh x = −e/(2 + e) with e = expm1(−2|x|), the sign restored by arithmetic. Uses the inlined
 * expm1 for arguments ≤ 0 (Math.tanh is a call into C); relative error stays within a few ulp
 * for every x, as e keeps its relative accuracy near 0 and 2 + e ∈ (1, 2] never cancels.
 * tanh(±0) is that zero, as in PyTorch: the formula gives −0 for both.
 */
export function tanh(x: number): number {
  const e = expm1Neg(-2 * Math.abs(x));
  return x === 0 ? x : (-e / (2 + e)) * (1 - 2 * +(x < 0));
}
