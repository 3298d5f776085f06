import { exp, expNormal } from '../special/exp';
import { expHalfSq, normalCentral, normalFar, normalMid } from '../special/normal';
import { normalTail, normalTailTable } from '../special/normaltail';
import { defineActivation, kernelsFor } from './define';

// GELU, exact (x·Φ(x)) and PyTorch's tanh approximation.
//
// Hot paths use number literals rather than imported constants: V8 reloads an imported
// binding on every use (with a hole check), which measurably slows these loops. The literals
// are 0.66291 (Cody's first interval), 37.5 (beyond it Φ is 0 or 1 and x·φ(x) < 1e−300; see
// special/normal.ts) and 1/√(2π) = 0.3989422804014327.

/**
 * x·Φ(x) from Φ(−|x|) = e^{−x²/2}·R(|x|) (special/normaltail.ts: one table formula for every
 * |x|, no branch on the data): x·Φ(x) itself for x < 0, and x − x·Φ(−x) for x > 0, which rounds
 * once less than x·(1 − Φ(−x)) and never cancels (Φ(−x) ≤ ½).
 */
export function gelu(x: number): number {
  const y = Math.abs(x);
  if (y < 37.5) {
    const tail = x * (expHalfSq(y) * normalTail(y));
    const b = +(x > 0); // x − tail or tail, selected without a branch
    return b * x + (1 - 2 * b) * tail;
  }
  return x > 0 ? x : x < 0 ? 0 : NaN; // x·Φ(x) → 0 as x → −∞ (x·0 would give NaN at −∞)
}

/** Φ(x) + x·φ(x), sharing e^{−x²/2} between Φ's tail and φ. */
export function geluDf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.66291)
    return 0.5 + normalCentral(x) + x * (0.3989422804014327 * expNormal(-0.5 * x * x));
  if (y < 37.5) {
    const e = expHalfSq(y); // shared by Φ's tail and φ
    const tail = e * (y <= 5.656854249492381 ? normalMid(y) : normalFar(y));
    const xPhi = x * (e * 0.3989422804014327);
    const b = +(x > 0); // 1 − tail or tail
    return b + (1 - 2 * b) * tail + xPhi;
  }
  return x > 0 ? 1 : x < 0 ? 0 : NaN;
}

/** 2√(2/π) and 2√(2/π)·0.044715, each rounded once from the exact product. */
const K1 = 1.5957691216057308;
const K3 = 0.07135481627260025;
/** Beyond |x| = 30 the tanh form is x or 0 to every digit (2u = ±1974). */
const TANH_LIMIT = 30;

/**
 * ½x(1 + tanh u) with u = √(2/π)(x + 0.044715x³), evaluated as x·σ(2u) = x/(1 + e^{−2u}):
 * 1 + tanh u cancels for u ≪ 0, the logistic form does not.
 */
export function geluTanh(x: number): number {
  if (x < -TANH_LIMIT) return 0; // also −∞, where x/(1 + e^{∞}) is NaN
  return x / (1 + exp(-x * (K1 + K3 * x * x)));
}

/** σ(2u) + x·(2u)′·σ(2u)σ(−2u), with (2u)′ = K1 + 3K3x². */
export function geluTanhDf(x: number): number {
  if (x > TANH_LIMIT) return 1;
  // Below −21, e^{−2u} overflows; the true value is then below 1e−297 in magnitude.
  if (x < -21) return 0;
  const x2 = x * x;
  const e = exp(-x * (K1 + K3 * x2));
  const d = 1 + e;
  return 1 / d + (x * (K1 + 3 * K3 * x2) * (e / d)) / d;
}

export const geluActivation = defineActivation({
  id: 'gelu',
  params: [],
  bind: () => ({ f: gelu, df: geluDf }),
  kinks: () => [],
});

/** geluActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const geluActivationKernels = /* @__PURE__ */ kernelsFor<never>(geluActivation, {
  fArray(x, out) {
    // normalTail spelled out with the table in a local (evaluate.test.ts holds the loop to gelu
    // bit for bit): V8 reloads and checks an imported binding on every use.
    const c = normalTailTable();
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      const y = Math.abs(v);
      if (y < 37.5) {
        const k = (y * 32 + 0.5) | 0;
        const r = y - k * 0.03125;
        const r2 = r * r;
        const j = 8 * k;
        const tail =
          v *
          (expHalfSq(y) *
            (c[j]! +
              r * c[j + 1]! +
              r2 * (c[j + 2]! + r * c[j + 3]!) +
              r2 * r2 * (c[j + 4]! + r * c[j + 5]! + r2 * (c[j + 6]! + r * c[j + 7]!))));
        const b = +(v > 0);
        out[i] = b * v + (1 - 2 * b) * tail;
      } else out[i] = gelu(v);
    }
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = geluDf(x[i]!);
  },
});

export const geluTanhActivation = defineActivation({
  id: 'gelu_tanh',
  params: [],
  bind: () => ({ f: geluTanh, df: geluTanhDf }),
  kinks: () => [],
});

/** geluTanhActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const geluTanhActivationKernels = /* @__PURE__ */ kernelsFor<never>(geluTanhActivation, {
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = geluTanh(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = geluTanhDf(x[i]!);
  },
});

/** The GELUs, in picker order. */
export const geluFamily = [geluActivation, geluTanhActivation];
