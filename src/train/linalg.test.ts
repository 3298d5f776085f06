import { describe, expect, it } from 'vitest';
import { gemmNT, gemmTN, norm2, transpose } from './linalg';
import { createRng, fillNormal } from './rng';

function naive(a: Float64Array, b: Float64Array, m: number, n: number, p: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < p; k++) s += a[i * p + k]! * b[j * p + k]!;
      c[i * n + j] = s;
    }
  return c;
}

describe('gemmNT', () => {
  // Odd shapes exercise the 2×4 block and both remainder paths.
  it.each([
    [1, 1, 1],
    [2, 4, 3],
    [3, 5, 7],
    [7, 1, 9],
    [1, 9, 2],
    [16, 13, 1],
    [33, 64, 64],
  ])('matches the triple loop bit for bit at m=%i n=%i p=%i', (m, n, p) => {
    const rng = createRng(m * 100 + n * 10 + p);
    const a = fillNormal(rng, new Float64Array(m * p));
    const b = fillNormal(rng, new Float64Array(n * p));
    const c = new Float64Array(m * n).fill(NaN);
    gemmNT(a, b, c, m, n, p);
    // Same summation order over k, so equal exactly.
    expect(Array.from(c)).toEqual(Array.from(naive(a, b, m, n, p)));
  });
});

describe('gemmNT with bias', () => {
  it('starts each sum at the bias, then adds terms in order', () => {
    const rng = createRng(3);
    for (const [m, n, p] of [
      [5, 6, 7],
      [4, 3, 1],
    ] as const) {
      const a = fillNormal(rng, new Float64Array(m * p));
      const b = fillNormal(rng, new Float64Array(n * p));
      const bias = fillNormal(rng, new Float64Array(n + 2));
      const c = new Float64Array(m * n);
      gemmNT(a, b, c, m, n, p, bias, 2);
      for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++) {
          let s = bias[2 + j]!;
          for (let k = 0; k < p; k++) s += a[i * p + k]! * b[j * p + k]!;
          expect(c[i * n + j]).toBe(s);
        }
    }
  });
});

describe('transpose', () => {
  it('moves element (i, j) to (j, i)', () => {
    const src = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2×3
    const dst = new Float64Array(6);
    transpose(src, dst, 2, 3);
    expect(Array.from(dst)).toEqual([1, 4, 2, 5, 3, 6]);
  });
});

describe('norm2', () => {
  it('is the Euclidean norm, without overflow or underflow', () => {
    expect(norm2(Float64Array.from([3, 4]))).toBe(5);
    expect(norm2(Float64Array.from([3e-200, 4e-200]))).toBeCloseTo(5e-200, 210);
    expect(norm2(Float64Array.from([3e-150, 4e-150]))).toBeCloseTo(5e-150, 160);
    expect(norm2(Float64Array.from([3e200, 4e200]))).toBeCloseTo(5e200, -190);
    expect(norm2(new Float64Array(3))).toBe(0);
    expect(norm2(Float64Array.from([1, NaN]))).toBeNaN();
    expect(norm2(Float64Array.from([1, -Infinity]))).toBe(Infinity);
    expect(norm2(Float64Array.from([1, 1, 100]), 2)).toBeCloseTo(Math.SQRT2, 15);
  });
});

describe('gemmTN', () => {
  it.each([
    [1, 1, 1],
    [3, 5, 7],
    [32, 1, 256],
    [1, 32, 256],
  ])('equals Aᵀ·B at m=%i n=%i p=%i (with zeros in A), bit for bit', (m, n, p) => {
    const rng = createRng(m + 7 * n + 13 * p);
    const a = fillNormal(rng, new Float64Array(p * m)).map((v) => (v < -0.5 ? 0 : v));
    const b = fillNormal(rng, new Float64Array(p * n));
    const c = new Float64Array(m * n).fill(NaN);
    gemmTN(a, b, c, m, n, p);
    const at = new Float64Array(m * p);
    transpose(a, at, p, m);
    const bt = new Float64Array(n * p);
    transpose(b, bt, p, n);
    const ref = naive(at, bt, m, n, p);
    // Same terms in the same order.
    expect(Array.from(c)).toEqual(Array.from(ref));
  });
});
