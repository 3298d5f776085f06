import { T, TLO } from '../special/exp';
import { encodeModule, f64x2, I32, i32x4, i64x2, op, v, V128, type Func } from './encode';

// Array kernels in WebAssembly SIMD (two doubles a lane pair), for the activations whose scalar
// JS loops stay well above memory speed. Each kernel is the scalar function's own arithmetic,
// operation for operation: IEEE 754 gives the same double for the same operations in the same
// order, and wasm SIMD has no fused multiply-add to change one, so the results are bit for bit
// those of the JS function (simd.test.ts holds them to it).
//
// The caller's array cannot be handed to wasm, so it goes through the module's memory in blocks:
// `set` a block in (a memcpy), compute it in place, `set` it out. A block fits the second-level
// cache, so the two extra copies cost little beside the one trip to main memory every kernel
// makes anyway.

/** Elements per block: 64 KiB of doubles (blocks of 4096 to 16384 measured alike). */
export const BLOCK = 8192;
/** Byte offset of 2^(j/64) and its rounding error, interleaved (exp.ts's TT), 64 × 16 bytes. */
const TABLE = 0;
/** Byte offset of the kernels' constants, 16 bytes each (at most 64). */
const CONSTS = 1024;
/** Byte offset of the block. */
const BUF = 2048;

// Locals shared by every function: 0 = element count (the parameter), 1 = address, 2 = end;
// then the constants, then the per-turn values. The constants are loaded from memory into locals
// before the loop: written as v128.const, V8 rebuilds each one inside the loop (three
// instructions apiece), which made the loop instruction-bound.
const N = 0;
const P = 1;
const END = 2;
const FIRST = 3;

/**
 * A function over the block, one lane pair a turn: `consts` are loaded into locals FIRST,
 * FIRST + 1, …, then `body` runs for the pair at p = BUF, BUF + 16, … while p < BUF + 8n (two
 * pairs a turn measured no faster). A block of odd length computes one lane past its end, which
 * is never copied out.
 */
function blockFunc(
  name: string,
  consts: { base: number; count: number },
  temps: number,
  body: number[][],
): Func {
  return {
    name,
    params: [I32],
    locals: [
      [2, I32],
      [consts.count + temps, V128],
    ],
    code: [
      ...Array.from({ length: consts.count }, (_, i) => [
        op.i32(0),
        v.load(consts.base + 16 * i),
        op.set(FIRST + i),
      ]).flat(),
      op.i32(BUF),
      op.set(P),
      op.get(N),
      op.i32(3),
      op.i32Shl,
      op.i32(BUF),
      op.i32Add,
      op.set(END),
      op.block,
      op.loop,
      op.get(P),
      op.get(END),
      op.i32GeU,
      op.brIf(1),
      ...body,
      op.get(P),
      op.i32(16),
      op.i32Add,
      op.set(P),
      op.br(0),
      op.end,
      op.end,
    ],
  };
}

/**
 * Local indices for named constants (16 bytes each) and temporaries, in blockFunc's order, and
 * the constants' bytes.
 */
function layout<C extends string, T extends string>(
  consts: Record<C, number[]>,
  temps: readonly T[],
): { c: Record<C, number>; t: Record<T, number>; bytes: number[] } {
  const names = Object.keys(consts) as C[];
  const c = Object.fromEntries(names.map((k, i) => [k, FIRST + i])) as Record<C, number>;
  const t = Object.fromEntries(temps.map((k, i) => [k, FIRST + names.length + i])) as Record<
    T,
    number
  >;
  return { c, t, bytes: names.flatMap((k) => consts[k]) };
}

/** i8x16.shuffle lanes taking the low f64 of two vectors, and the high one. */
const LO = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const HI = LO.map((i) => i + 8);

/**
 * Reads the table rows (2^(j/64), its rounding error) for j = kb & 63 in each lane into locals
 * a (lane 0's row) and b (lane 1's): wasm has no gather, so each row is one scalar-addressed
 * load. `low6` holds 63 in each i64 lane; `j` is scratch.
 */
function tableRows(kb: number, low6: number, j: number, a: number, b: number): number[][] {
  return [
    op.get(kb),
    op.get(low6),
    v.and,
    op.i32(4),
    v.i64x2Shl,
    op.tee(j),
    v.i32x4ExtractLane(0),
    v.load(TABLE),
    op.set(a),
    op.get(j),
    v.i32x4ExtractLane(2),
    v.load(TABLE),
    op.set(b),
  ];
}

/**
 * 1.5·2^52 + 1023·64. exp.ts rounds xc·64/ln2 to the integer k by adding and subtracting 1.5·2^52;
 * adding this instead rounds to the same k (the two differ by an even integer, so even ties go
 * the same way), and the sum's low mantissa bits then hold k + 1023·64: its low 6 bits are
 * k & 63, and the 12 bits above them are m + 1023 for m = k >> 6, the exponent field of 2^m.
 */
const BIG = 6755399441055744 + 1023 * 64;

/**
 * special/tanh.ts's tanh, −e/(2 + e)·(±1) with e = expm1Neg(−2|x|) (special/exp.ts), spelled
 * for two lanes: k & 63 and 2^(k >> 6) come from the bits of xc·64/ln2 + BIG (2^m is a normal
 * number here, as m ≥ −58), the table rows are read one lane at a time (wasm has no gather),
 * and the sign comes from x's sign bit (which also gives tanh(±0) = ±0, as the scalar code's
 * test for 0 does). −2|x| is −|2x|: 2x with the sign bit set.
 */
function tanhFunc(base: number): { func: Func; bytes: number[] } {
  const { c, t, bytes } = layout(
    {
      minus2: f64x2(-2),
      sign: i64x2(-(2 ** 63)),
      minus40: f64x2(-40),
      invLn2: f64x2(92.33248261689366),
      big: f64x2(BIG),
      ln2Hi: f64x2(0.010830424695086549),
      ln2Lo: f64x2(1.162596423439437e-12),
      c720: f64x2(1 / 720),
      c120: f64x2(1 / 120),
      c24: f64x2(1 / 24),
      c6: f64x2(1 / 6),
      half: f64x2(0.5),
      one: f64x2(1),
      low6: i64x2(63),
      high: i64x2(-64),
    },
    ['x', 'xc', 'kb', 'k', 'r', 'j', 'a', 'b', 'scale', 's', 'e'] as const,
  );
  const g = op.get;
  const count = bytes.length / 16;
  const func = blockFunc('tanh', { base, count }, 11, [
    // xc = max(−2|x|, −40)
    g(P),
    v.load(),
    op.tee(t.x),
    g(c.minus2),
    v.f64x2Mul,
    g(c.sign),
    v.or,
    g(c.minus40),
    v.f64x2Pmax,
    op.set(t.xc),
    // kb = xc·64/ln2 + BIG, k = kb − BIG, r = xc − k·(ln2/64)
    g(t.xc),
    g(c.invLn2),
    v.f64x2Mul,
    g(c.big),
    v.f64x2Add,
    op.tee(t.kb),
    g(c.big),
    v.f64x2Sub,
    op.set(t.k),
    g(t.xc),
    g(t.k),
    g(c.ln2Hi),
    v.f64x2Mul,
    v.f64x2Sub,
    g(t.k),
    g(c.ln2Lo),
    v.f64x2Mul,
    v.f64x2Sub,
    op.set(t.r),
    // 2^(k >> 6), and the table rows k & 63
    g(t.kb),
    g(c.high),
    v.and,
    op.i32(46),
    v.i64x2Shl,
    op.set(t.scale),
    ...tableRows(t.kb, c.low6, t.j, t.a, t.b),
    // s = 2^(j/64)·2^m
    g(t.a),
    g(t.b),
    v.shuffle(LO),
    g(t.scale),
    v.f64x2Mul,
    op.set(t.s),
    // e = s − 1 + (s·p + tlo·2^m), p = r + r²·(½ + r(⅙ + r(1/24 + r(1/120 + r/720))))
    g(t.s),
    g(c.one),
    v.f64x2Sub,
    g(t.s),
    g(t.r),
    g(t.r),
    g(t.r),
    v.f64x2Mul,
    g(t.r),
    g(c.c720),
    v.f64x2Mul,
    g(c.c120),
    v.f64x2Add,
    g(t.r),
    v.f64x2Mul,
    g(c.c24),
    v.f64x2Add,
    g(t.r),
    v.f64x2Mul,
    g(c.c6),
    v.f64x2Add,
    g(t.r),
    v.f64x2Mul,
    g(c.half),
    v.f64x2Add,
    v.f64x2Mul,
    v.f64x2Add,
    v.f64x2Mul,
    g(t.a),
    g(t.b),
    v.shuffle(HI),
    g(t.scale),
    v.f64x2Mul,
    v.f64x2Add,
    v.f64x2Add,
    op.set(t.e),
    // store −e/(2 + e) as e/(−2 − e) (the same double: rounding is symmetric in sign) with
    // x's sign: a positive quotient for every x ≠ 0, so the scalar code's sign flip where x < 0;
    // at x = ±0 the quotient is −0 and the result x itself, as there
    g(P),
    g(t.e),
    g(c.minus2),
    g(t.e),
    v.f64x2Sub,
    v.f64x2Div,
    g(c.sign),
    v.andnot,
    g(t.x),
    g(c.sign),
    v.and,
    v.or,
    v.store(),
  ]);
  return { func, bytes };
}

/**
 * activations/smooth.ts's hardswish: y·F + 0 with y = max(x, −MAX_VALUE) and
 * F = clamp(y + 3, 0, 6)·⅙. pmax and pmin are `a < b ? b : a` and `b < a ? b : a`, the scalar
 * code's comparisons (NaN passes through); 6·⅙ is exactly 1, as the scalar code's table holds.
 */
function hardswishFunc(base: number): { func: Func; bytes: number[] } {
  const { c, t, bytes } = layout(
    {
      lowest: f64x2(-1.7976931348623157e308),
      three: f64x2(3),
      zero: f64x2(0),
      six: f64x2(6),
      sixth: f64x2(1 / 6),
    },
    ['y'] as const,
  );
  const g = op.get;
  const count = bytes.length / 16;
  const func = blockFunc('hardswish', { base, count }, 1, [
    g(P),
    g(P),
    v.load(),
    g(c.lowest),
    v.f64x2Pmax,
    op.tee(t.y),
    g(t.y),
    g(c.three),
    v.f64x2Add,
    g(c.zero),
    v.f64x2Pmax,
    g(c.six),
    v.f64x2Pmin,
    g(c.sixth),
    v.f64x2Mul,
    v.f64x2Mul,
    g(c.zero),
    v.f64x2Add,
    v.store(),
  ]);
  return { func, bytes };
}

/** 1.5·2^52 + 2048·64: as BIG, with k + 2048·64 (positive for every k here) in the low bits. */
const BIG_DF = 6755399441055744 + 2048 * 64;

/**
 * activations/saturating.ts's tanhDf, 4e/(1 + e)/(1 + e) with e = exp(−2|x|) (special/exp.ts),
 * spelled for two lanes as tanhFunc spells expm1Neg. exp scales by 2^m1·2^m2 with m1 = m >> 1
 * and m2 = m − m1, each a normal number (m ≥ −1077), so that a subnormal e is rounded once;
 * here u = (k >> 6) + 2048 = m + 2048 sits in each lane's low 32 bits, and the exponent fields
 * are m1 + 1023 = (u >> 1) − 1 and m2 + 1023 = u − (u >> 1) − 1.
 */
function tanhDfFunc(base: number): { func: Func; bytes: number[] } {
  const { c, t, bytes } = layout(
    {
      minus2: f64x2(-2),
      sign: i64x2(-(2 ** 63)),
      minus746: f64x2(-746),
      invLn2: f64x2(92.33248261689366),
      big: f64x2(BIG_DF),
      ln2Hi: f64x2(0.010830424695086549),
      ln2Lo: f64x2(1.162596423439437e-12),
      c120: f64x2(1 / 120),
      c24: f64x2(1 / 24),
      c6: f64x2(1 / 6),
      half: f64x2(0.5),
      one: f64x2(1),
      four: f64x2(4),
      low6: i64x2(63),
      oneI: i32x4(1),
    },
    ['xc', 'kb', 'k', 'r', 'j', 'a', 'b', 'u', 'h', 'e', 'd'] as const,
  );
  const g = op.get;
  const count = bytes.length / 16;
  const func = blockFunc('tanhDf', { base, count }, 11, [
    // xc = max(−2|x|, −746)
    g(P),
    v.load(),
    g(c.minus2),
    v.f64x2Mul,
    g(c.sign),
    v.or,
    g(c.minus746),
    v.f64x2Pmax,
    op.set(t.xc),
    // kb = xc·64/ln2 + BIG_DF, k = kb − BIG_DF, r = xc − k·(ln2/64)
    g(t.xc),
    g(c.invLn2),
    v.f64x2Mul,
    g(c.big),
    v.f64x2Add,
    op.tee(t.kb),
    g(c.big),
    v.f64x2Sub,
    op.set(t.k),
    g(t.xc),
    g(t.k),
    g(c.ln2Hi),
    v.f64x2Mul,
    v.f64x2Sub,
    g(t.k),
    g(c.ln2Lo),
    v.f64x2Mul,
    v.f64x2Sub,
    op.set(t.r),
    // u = m + 2048, h = u >> 1
    g(t.kb),
    op.i32(6),
    v.i32x4ShrS,
    op.tee(t.u),
    op.i32(1),
    v.i32x4ShrS,
    op.set(t.h),
    ...tableRows(t.kb, c.low6, t.j, t.a, t.b),
    // e = (t + (t·p + tlo))·2^m1·2^m2, p = r + r²·(½ + r(⅙ + r(1/24 + r/120)))
    g(t.a),
    g(t.b),
    v.shuffle(LO),
    g(t.a),
    g(t.b),
    v.shuffle(LO),
    g(t.r),
    g(t.r),
    g(t.r),
    v.f64x2Mul,
    g(t.r),
    g(c.c120),
    v.f64x2Mul,
    g(c.c24),
    v.f64x2Add,
    g(t.r),
    v.f64x2Mul,
    g(c.c6),
    v.f64x2Add,
    g(t.r),
    v.f64x2Mul,
    g(c.half),
    v.f64x2Add,
    v.f64x2Mul,
    v.f64x2Add,
    v.f64x2Mul,
    g(t.a),
    g(t.b),
    v.shuffle(HI),
    v.f64x2Add,
    v.f64x2Add,
    g(t.h),
    g(c.oneI),
    v.i32x4Sub,
    op.i32(52),
    v.i64x2Shl,
    v.f64x2Mul,
    g(t.u),
    g(t.h),
    v.i32x4Sub,
    g(c.oneI),
    v.i32x4Sub,
    op.i32(52),
    v.i64x2Shl,
    v.f64x2Mul,
    op.tee(t.e),
    // store 4e/d/d, d = 1 + e
    g(c.one),
    v.f64x2Add,
    op.set(t.d),
    g(P),
    g(c.four),
    g(t.e),
    v.f64x2Mul,
    g(t.d),
    v.f64x2Div,
    g(t.d),
    v.f64x2Div,
    v.store(),
  ]);
  return { func, bytes };
}

/** The module's bytes (pure: built anew on each call). */
export function simdModuleBytes(): Uint8Array<ArrayBuffer> {
  const tanh = tanhFunc(CONSTS);
  const tanhDf = tanhDfFunc(CONSTS + tanh.bytes.length);
  const hardswish = hardswishFunc(CONSTS + tanh.bytes.length + tanhDf.bytes.length);
  const data = new Uint8Array(
    CONSTS + tanh.bytes.length + tanhDf.bytes.length + hardswish.bytes.length,
  );
  const table = new Float64Array(data.buffer, TABLE, 128);
  for (let j = 0; j < 64; j++) {
    table[2 * j] = T[j]!;
    table[2 * j + 1] = TLO[j]!;
  }
  data.set([...tanh.bytes, ...tanhDf.bytes, ...hardswish.bytes], CONSTS);
  if (data.length > BUF) throw new Error('wasm kernels: constants overlap the block');
  return encodeModule(Math.ceil((BUF + 8 * BLOCK) / 65536), data, [
    tanh.func,
    tanhDf.func,
    hardswish.func,
  ]);
}

/** A kernel over a block already in `buf`: fills it in place with f of its first n elements. */
type BlockFn = (n: number) => void;

/** The kernels, by name. */
export type SimdKernel = 'tanh' | 'tanhDf' | 'hardswish';

type Instance = { buf: Float64Array } & Record<SimdKernel, BlockFn>;

let instance: Instance | null | undefined;

/**
 * The instantiated module, made on first use, or null where WebAssembly or its SIMD extension is
 * missing or compiling is refused (a Content-Security-Policy without 'wasm-unsafe-eval').
 * Compiled synchronously: the module is about 2 KB, below the 4 KB that older Chromium allowed
 * `new WebAssembly.Module` on the main thread (simd.test.ts keeps it there).
 */
export function simd(): Instance | null {
  if (instance !== undefined) return instance;
  instance = null;
  if (typeof WebAssembly !== 'object') return instance;
  const bytes = simdModuleBytes();
  if (!WebAssembly.validate(bytes)) return instance;
  let exports: { memory: WebAssembly.Memory } & Record<SimdKernel, BlockFn>;
  try {
    exports = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as typeof exports;
  } catch {
    return instance;
  }
  instance = {
    buf: new Float64Array(exports.memory.buffer, BUF, BLOCK),
    tanh: exports.tanh,
    tanhDf: exports.tanhDf,
    hardswish: exports.hardswish,
  };
  return instance;
}

/** For tests: forget the instance, or pretend there is no SIMD (`null`). */
export function resetSimd(to?: null): void {
  instance = to;
}

/** Arrays shorter than this stay on the JS loop, where a block's fixed cost would dominate. */
export const MIN_LENGTH = 64;

/**
 * Fills out[i] = f(x[i]) through the module's `which` kernel and returns true, or returns false
 * (having done nothing) when the input is not a typed float array, is shorter than `minLength`,
 * or SIMD is missing. In place (out = x) is fine: each block is read in full before it is
 * written back.
 */
export function simdFill(
  which: SimdKernel,
  x: ArrayLike<number>,
  out: Float64Array | Float32Array,
  minLength = MIN_LENGTH,
): boolean {
  const n = x.length;
  if (n < minLength || !(x instanceof Float64Array || x instanceof Float32Array)) return false;
  const m = simd();
  if (!m) return false;
  const { buf } = m;
  const fn = m[which];
  for (let i = 0; i < n; i += BLOCK) {
    const len = Math.min(BLOCK, n - i);
    buf.set(n <= BLOCK ? x : x.subarray(i, i + len));
    fn(len);
    out.set(len === BLOCK ? buf : buf.subarray(0, len), i);
  }
  return true;
}
