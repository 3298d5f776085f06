/**
 * Seeded pseudo-random numbers for the demos: the same seed gives the same stream, bit for bit,
 * in every JavaScript engine (only integer ops, `Math.log`, `Math.sqrt`, `Math.cos`, `Math.sin`).
 *
 * Generator: xoshiro128** (Blackman & Vigna, 2018), 128-bit state, seeded through splitmix32 so
 * that nearby seeds (1, 2, 3, …) give unrelated streams.
 */
export interface Rng {
  /** Next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform double in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Standard normal N(0, 1) (Box–Muller; the second value of each pair is kept for the next call). */
  normal(): number;
}

/** splitmix32 step: spreads a 32-bit seed over the generator's state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** xoshiro128** state in object fields (V8 keeps them unboxed; closures were ~2× slower). */
class Xoshiro128 implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    const sm = { s: Math.trunc(seed) >>> 0 };
    this.s0 = splitmix32(sm);
    this.s1 = splitmix32(sm);
    this.s2 = splitmix32(sm);
    this.s3 = splitmix32(sm);
    // An all-zero state would be stuck at zero; splitmix32 cannot produce four zeros, but be safe.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  next(): number {
    // 27 + 26 bits, as in Mersenne Twister's genrand_res53.
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    // u1 in (0, 1] so the logarithm is finite.
    const u1 = 1 - this.next();
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    this.spare = r * Math.sin(theta);
    this.hasSpare = true;
    return r * Math.cos(theta);
  }
}

/**
 * Creates a generator. `seed` is reduced to 32 bits (`seed >>> 0`); non-integer seeds are
 * truncated first, so URL values like `seed=42` and `seed=42.0` agree.
 */
export function createRng(seed: number): Rng {
  return new Xoshiro128(seed);
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Fills `out` with N(mean, sd²) draws from `rng` and returns it. */
export function fillNormal(rng: Rng, out: Float64Array, mean = 0, sd = 1): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = mean + sd * rng.normal();
  return out;
}
