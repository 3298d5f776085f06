/** A numeric parameter of an activation, as PyTorch names it. Slider ranges come from here. */
export interface ParamSpec {
  /** PyTorch's keyword (`alpha`, `beta`, `lambd`, …); also the URL parameter name. */
  key: string;
  /** Symbol used in formulas and labels, e.g. `α`. */
  symbol: string;
  /** PyTorch's default value. */
  default: number;
  /** Slider range (teaching range, not the mathematical domain). */
  min: number;
  max: number;
  step: number;
  /**
   * Mathematical domain: values outside it make the function undefined (e.g. CELU α = 0).
   * `evaluate`/`derivative` reject a value outside it with a RangeError.
   */
  domain: { min: number; max: number; minOpen?: boolean; maxOpen?: boolean };
}

/** Parameter values by key. */
export type Params = Readonly<Record<string, number>>;

/** A closed interval `[min, max]`. */
export type Range = [min: number, max: number];

/** Groups used by the function picker; 'custom' is a typed formula (math/formula), never in the registry. */
export type Family = 'relu' | 'smooth' | 'saturating' | 'shrink' | 'custom';

/**
 * A point where f or f′ is not differentiable or not continuous, for given parameter values.
 * Limits are one-sided; `df` is the value PyTorch autograd returns exactly at `x`.
 */
export interface Kink {
  x: number;
  /** lim f(t) as t → x⁻, f(x) itself, and lim f(t) as t → x⁺. Differ only where f jumps. */
  fLeft: number;
  f: number;
  fRight: number;
  /** lim f′(t) as t → x⁻ and t → x⁺ (the one-sided derivatives where f is continuous). */
  dfLeft: number;
  dfRight: number;
  /** f′(x) as PyTorch autograd returns it (the value the app plots at the kink). */
  df: number;
  /**
   * True when f is analytic at `x` after all and only PyTorch's value `df` differs from the
   * one-sided limits (Softshrink/Hardshrink with λ = 0 at 0). Smoothness is not lowered by it.
   */
  removable?: boolean;
}

/** Scalar f and f′ with parameters already bound: the hot-path form used by array kernels. */
export interface BoundActivation {
  f(x: number): number;
  df(x: number): number;
}

/**
 * One entry of the activation registry: numbers only. The UI is generated from these; the
 * words about each function (TeX, PyTorch names, code) live in `src/explain`, keyed by `id`.
 */
export interface Activation {
  /** Stable id, also the URL value (`fn=leaky_relu`). */
  id: string;
  /** Display name, e.g. `Leaky ReLU` (language-neutral). */
  name: string;
  family: Family;
  params: readonly ParamSpec[];
  /** f(x); missing parameter keys take their defaults. */
  f(x: number, p?: Partial<Params>): number;
  /** f′(x), with PyTorch autograd's value at kinks; missing keys take their defaults. */
  df(x: number, p?: Partial<Params>): number;
  /** Binds parameters once, for loops (no per-element parameter lookup). */
  bind(p?: Partial<Params>): BoundActivation;
  /** Kinks and jumps of f or f′ for these parameter values, sorted by x. */
  kinks(p?: Partial<Params>): Kink[];
}

/** An activation's array kernels (math/kernels.ts: `kernelsOf(a)`). */
export interface Kernels {
  /** Fills `out[i] = f(x[i])` for i < x.length; bit-for-bit equal to `f`. */
  fArray(x: ArrayLike<number>, out: Float64Array | Float32Array, p?: Partial<Params>): void;
  /** Fills `out[i] = df(x[i])` for i < x.length; bit-for-bit equal to `df`. */
  dfArray(x: ArrayLike<number>, out: Float64Array | Float32Array, p?: Partial<Params>): void;
}
