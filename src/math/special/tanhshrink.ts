import { tanh } from './tanh';

// x − tanh x: the subtraction cancels near 0 (x − tanh x ≈ x³/3), so small |x| uses the Taylor
// series instead. Coefficients are those of x − tanh x = Σ (−1)^{k+1} 2^{2k}(2^{2k} − 1)|B_{2k}|
// x^{2k−1}/(2k)! for k ≥ 2, rounded from exact values.

/** Below this |x| the series is used; at 0.2 its 10th term is below 2^−53 of the first. */
const SERIES_LIMIT = 0.2;

/** x − tanh x to a few ulp for every x (the series converges for |x| < π/2). */
export function xMinusTanh(x: number): number {
  if (Math.abs(x) < SERIES_LIMIT) {
    const z = x * x;
    const s =
      0.3333333333333333 +
      z *
        (-0.13333333333333333 +
          z *
            (0.05396825396825397 +
              z *
                (-0.021869488536155203 +
                  z *
                    (0.008863235529902197 +
                      z *
                        (-0.003592128036572481 +
                          z *
                            (0.0014558343870513183 +
                              z *
                                (-0.000590027440945586 +
                                  z * (0.00023912911424355248 + z * -0.0000969153795692945))))))));
    return x * z * s;
  }
  return x - tanh(x);
}
