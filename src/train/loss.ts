/**
 * Mean squared error over all `y.length` outputs, `mean((y − t)²)` (PyTorch's `MSELoss()`), and
 * its gradient `2(y − t)/len` written into `dOut` when given.
 */
export function mseLoss(y: Float64Array, t: Float64Array, dOut?: Float64Array): number {
  const len = y.length;
  let s = 0;
  for (let i = 0; i < len; i++) {
    const e = y[i]! - t[i]!;
    s += e * e;
    if (dOut) dOut[i] = (2 * e) / len;
  }
  return s / len;
}
