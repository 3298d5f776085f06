// A few bytes of the WebAssembly binary format, enough to write the SIMD kernels in simd.ts as
// TypeScript without an assembler at build time or run time. Opcodes and encodings follow the
// WebAssembly Core Specification 2.0 (§5 Binary Format); the SIMD ones are 0xFD-prefixed.

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 for a 32-bit integer. */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
/** A vector: its length, then its items. */
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

/** Value types. */
export const I32 = 0x7f;
export const V128 = 0x7b;

/** Core instructions used by the kernels. */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  tee: (i: number) => [0x22, ...uleb(i)],
  i32: (n: number) => [0x41, ...sleb(n)],
  i32GeU: [0x4f],
  i32Add: [0x6a],
  i32Shl: [0x74],
};

/** The 16 bytes of a v128 holding `a` in both f64 lanes. */
export function f64x2(a: number): number[] {
  return [...new Uint8Array(new Float64Array([a, a]).buffer)];
}

/** The 16 bytes of a v128 holding the integer `n` in all four i32 lanes. */
export function i32x4(n: number): number[] {
  return [...new Uint8Array(new Int32Array([n, n, n, n]).buffer)];
}

/** The 16 bytes of a v128 holding the integer `n` in both i64 lanes. */
export function i64x2(n: number): number[] {
  const b = BigInt.asIntN(64, BigInt(n));
  return [...new Uint8Array(new BigInt64Array([b, b]).buffer)];
}

const simd = (code: number, ...imm: number[]): number[] => [0xfd, ...uleb(code), ...imm];
/** memarg: alignment exponent and offset. */
const mem = (align: number, offset: number) => [...uleb(align), ...uleb(offset)];

/** SIMD instructions used by the kernels. */
export const v = {
  /** v128.const 0 (V8 builds it with one xor, so it need not take a register). */
  zero: [0xfd, 0x0c, ...Array<number>(16).fill(0)],
  load: (offset = 0) => simd(0x00, ...mem(4, offset)),
  store: (offset = 0) => simd(0x0b, ...mem(4, offset)),
  shuffle: (lanes: number[]) => simd(0x0d, ...lanes),
  i32x4ExtractLane: (lane: number) => simd(0x1b, lane),
  f64x2Lt: simd(0x49),
  and: simd(0x4e),
  /** a & ~b. */
  andnot: simd(0x4f),
  or: simd(0x50),
  xor: simd(0x51),
  i32x4ShrS: simd(0xac),
  i32x4Sub: simd(0xb1),
  i64x2Shl: simd(0xcb),
  f64x2Add: simd(0xf0),
  f64x2Sub: simd(0xf1),
  f64x2Mul: simd(0xf2),
  f64x2Div: simd(0xf3),
  /** b < a ? b : a (x86 minpd: NaN in a gives NaN, NaN in b gives a). */
  f64x2Pmin: simd(0xf6),
  /** a < b ? b : a. */
  f64x2Pmax: simd(0xf7),
};

/** A function: its locals as [count, type] groups, then its code. */
export interface Func {
  name: string;
  params: number[];
  locals: [count: number, type: number][];
  code: number[][];
}

/**
 * A module with one memory of `pages` 64 KiB pages exported as `memory`, initialised with
 * `data` at byte offset 0, and `funcs` exported by name; no imports, no results.
 */
export function encodeModule(
  pages: number,
  data: Uint8Array,
  funcs: Func[],
): Uint8Array<ArrayBuffer> {
  const types = funcs.map((f) => [0x60, ...vec(f.params.map((t) => [t])), 0]);
  const bodies = funcs.map((f) => {
    const body = [...vec(f.locals.map(([n, t]) => [...uleb(n), t])), ...f.code.flat(), ...op.end];
    return [...uleb(body.length), ...body];
  });
  const name = (s: string) => [...uleb(utf8(s).length), ...utf8(s)];
  const exports = [
    [...name('memory'), 0x02, 0],
    ...funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]),
  ];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(3, vec(funcs.map((_, i) => uleb(i)))),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(7, vec(exports)),
    ...section(10, vec(bodies)),
    // one active segment for memory 0 at i32.const 0
    ...section(11, vec([[0x00, ...op.i32(0), ...op.end, ...uleb(data.length), ...data]])),
  ]);
}
