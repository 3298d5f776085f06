import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { derivative, evaluate } from '../evaluate';
import { loadFixture, miss } from '../fixtures/load';
import { getActivation } from '../registry';
import {
  BLOCK,
  MIN_LENGTH,
  resetSimd,
  simd,
  simdFill,
  simdModuleBytes,
  type SimdKernel,
} from './simd';

/** Each wasm kernel: the activation and the function (f or f′) it must equal bit for bit. */
const KERNELS: Record<SimdKernel, { id: string; fn: 'f' | 'df' }> = {
  tanh: { id: 'tanh', fn: 'f' },
  tanhDf: { id: 'tanh', fn: 'df' },
  hardswish: { id: 'hardswish', fn: 'f' },
};
const IDS = Object.keys(KERNELS) as SimdKernel[];
type Id = SimdKernel;

/** The scalar function the wasm kernel must equal bit for bit. */
const scalar = (k: Id) => getActivation(KERNELS[k].id)!.bind()[KERNELS[k].fn];

/** The array kernel (evaluate or derivative) that takes the wasm path. */
const viaApi = (k: Id, x: ArrayLike<number>) =>
  (KERNELS[k].fn === 'f' ? evaluate : derivative)(KERNELS[k].id, x);

/** Fixture x's (kinks, tails, ±∞, subnormals), NaN, ±0 and random doubles of every size. */
function inputs(k: Id): number[] {
  const xs = loadFixture(KERNELS[k].id).cases[0]!.points.map((r) => Number(r[0]));
  const rnd = fc.sample(fc.double(), { numRuns: 2000, seed: 11 });
  const small = fc.sample(fc.double({ min: -25, max: 25 }), { numRuns: 2000, seed: 12 });
  // exp(−2|x|) is subnormal for |x| in (354, 373) and 0 above.
  const far = fc.sample(fc.double({ min: -400, max: 400 }), { numRuns: 2000, seed: 13 });
  return [...xs, ...rnd, ...small, ...far, NaN, -0, 0];
}

/** Indices where `out` differs from f(x) bit for bit (Object.is: NaN = NaN, −0 ≠ 0). */
function mismatches(
  id: Id,
  x: ArrayLike<number>,
  out: ArrayLike<number>,
  round = (v: number) => v,
) {
  const f = scalar(id);
  const bad: string[] = [];
  for (let i = 0; i < x.length; i++) {
    const want = round(f(x[i]!));
    if (!Object.is(out[i], want)) bad.push(`${id}(${x[i]}) at ${i}: ${out[i]}, want ${want}`);
  }
  return bad.slice(0, 5);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetSimd();
});

describe('wasm SIMD kernels', () => {
  it('assemble into a module this runtime validates and instantiates, under 4 KB', () => {
    const bytes = simdModuleBytes();
    expect(WebAssembly.validate(bytes)).toBe(true);
    // Older Chromium refuses a synchronous compile of more than 4 KB on the main thread.
    expect(bytes.length).toBeLessThan(4096);
    expect(simd()).not.toBeNull();
  });

  for (const id of IDS) {
    it(`${id}: equals the scalar function bit for bit, Float64 and Float32 in and out`, () => {
      const xs = inputs(id);
      const x = Float64Array.from(xs);
      const out = new Float64Array(x.length);
      expect(simdFill(id, x, out)).toBe(true);
      expect(mismatches(id, x, out)).toEqual([]);

      const out32 = new Float32Array(x.length);
      expect(simdFill(id, x, out32)).toBe(true);
      expect(mismatches(id, x, out32, Math.fround)).toEqual([]);

      const x32 = Float32Array.from(xs);
      expect(simdFill(id, x32, out)).toBe(true);
      expect(mismatches(id, x32, out)).toEqual([]);
    });

    it(`${id}: within the accuracy bounds at every mpmath fixture point`, () => {
      const rows = loadFixture(KERNELS[id].id).cases[0]!.points;
      const column = KERNELS[id].fn === 'f' ? 1 : 2;
      // Repeated up to the wasm path's minimum length.
      const reps = Math.ceil(MIN_LENGTH / rows.length);
      const x = Float64Array.from({ length: rows.length * reps }, (_, i) =>
        Number(rows[i % rows.length]![0]),
      );
      const out = new Float64Array(x.length);
      expect(simdFill(id, x, out)).toBe(true);
      // The same bounds as accuracy.test.ts: relative ones for f, absolute ones for f′.
      const bad = rows
        .map((r, i) => [r[0], out[i]!, miss(out[i]!, Number(r[column]), column === 1)] as const)
        .filter(([, , m]) => m !== undefined);
      expect(bad).toEqual([]);
    });

    it(`${id}: every length around the block size and the JS threshold, odd ones too`, () => {
      const src = Float64Array.from({ length: 2 * BLOCK + 5 }, (_, i) =>
        i % 7 === 0
          ? [NaN, -0, Infinity, -3, 3, -Infinity, 1e-310][(i / 7) % 7]!
          : 40 * Math.sin(i),
      );
      const lengths = [0, 1, 2, 3, MIN_LENGTH - 1, MIN_LENGTH, MIN_LENGTH + 1, 101];
      lengths.push(BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK - 1, 2 * BLOCK, 2 * BLOCK + 5);
      for (const n of lengths) {
        const x = src.slice(0, n);
        const out = new Float64Array(n + 1).fill(7);
        // minLength 0: the wasm path even where simdFill would leave the array to JS.
        expect(simdFill(id, x, out.subarray(0, n), 0), `n = ${n}`).toBe(true);
        expect(mismatches(id, x, out.subarray(0, n)), `n = ${n}`).toEqual([]);
        expect(out[n], `n = ${n}: nothing written past the end`).toBe(7);
        // The public entry point takes either path and gives the same.
        expect(simdFill(id, x, new Float64Array(n)), `n = ${n}`).toBe(n >= MIN_LENGTH);
        expect(mismatches(id, x, viaApi(id, x)), `evaluate n = ${n}`).toEqual([]);
      }
    });

    it(`${id}: subarrays at byte offsets, and in place`, () => {
      const n = BLOCK + 77;
      const buffer = new Float64Array(n + 10);
      for (let i = 0; i < buffer.length; i++) buffer[i] = 9 * Math.cos(3 * i) - 1;
      const x = buffer.subarray(3, 3 + n);
      const outer = new Float64Array(n + 10).fill(5);
      const out = outer.subarray(5, 5 + n);
      expect(simdFill(id, x, out)).toBe(true);
      expect(mismatches(id, x, out)).toEqual([]);
      expect([...outer.subarray(0, 5), ...outer.subarray(5 + n)]).toEqual(Array(10).fill(5));

      const f32 = new Float32Array(n + 3).subarray(1, 1 + n);
      f32.set(x);
      const copy = Float32Array.from(f32);
      expect(simdFill(id, f32, f32)).toBe(true);
      expect(mismatches(id, copy, f32, Math.fround)).toEqual([]);

      const inPlace = x.slice();
      expect(simdFill(id, inPlace, inPlace)).toBe(true);
      expect(mismatches(id, x, inPlace)).toEqual([]);
    });
  }

  it('leaves plain arrays and short arrays to the JS loop', () => {
    const out = new Float64Array(100);
    expect(
      simdFill(
        'tanh',
        Array.from({ length: 100 }, (_, i) => i / 10),
        out,
      ),
    ).toBe(false);
    expect(simdFill('tanh', new Float64Array(MIN_LENGTH - 1), out)).toBe(false);
  });

  describe('falls back to the JS loop, with the same results', () => {
    const check = () => {
      for (const id of IDS) {
        const x = Float64Array.from(inputs(id));
        expect(simdFill(id, x, new Float64Array(x.length))).toBe(false);
        expect(mismatches(id, x, viaApi(id, x))).toEqual([]);
      }
    };

    it('without WebAssembly', () => {
      vi.stubGlobal('WebAssembly', undefined);
      resetSimd();
      expect(simd()).toBeNull();
      check();
    });

    it('where the runtime rejects SIMD (validate fails)', () => {
      vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
      resetSimd();
      expect(simd()).toBeNull();
      check();
    });

    it('where compiling is refused (a CSP without wasm-unsafe-eval)', () => {
      // A function, not an arrow: the mock is called with `new`.
      vi.spyOn(WebAssembly, 'Module').mockImplementation(function () {
        throw new WebAssembly.CompileError('Refused to compile: wasm-unsafe-eval');
      });
      resetSimd();
      expect(simd()).toBeNull();
      check();
    });
  });
});
