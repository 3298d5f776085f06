import type { Activation, Kink, Params } from '../math';
import { KINK_OPS, type KinkOp } from './kinkOps';

/**
 * What kind of point a kink is, which decides what may be said about the gradient there:
 * - `convex` / `concave`: f is continuous and convex (concave) on a neighbourhood; only a
 *   convex f has subgradients, and they are the interval between the one-sided derivatives.
 * - `neither`: a corner where f bends both ways nearby; any value between the one-sided
 *   derivatives is a Clarke generalised gradient, but none is a subgradient.
 * - `differentiable`: both one-sided derivatives agree (only a higher derivative jumps).
 * - `removable`: f is analytic here and only PyTorch's rule makes a point of it.
 * - `jump`: f itself is discontinuous, so no slope describes it.
 */
export type KinkShape = 'convex' | 'concave' | 'neither' | 'differentiable' | 'removable' | 'jump';

export interface OpAtKink {
  op: KinkOp;
  code: string;
  /** What autograd returns for this operation exactly at the kink. */
  value: number;
  /** Whether `value` lies in the interval between the one-sided derivatives. */
  inside: boolean;
}

export interface KinkReport {
  kink: Kink;
  /** The one-sided derivatives, smaller first: `[min(dfLeft, dfRight), max(…)]`. */
  interval: [lo: number, hi: number];
  shape: KinkShape;
  /** Operations that compute f with these parameters, and their value at the kink. */
  ops: OpAtKink[];
}

/** Every parameter of `a`, missing ones at their defaults. */
export function fullParams(a: Activation, p: Partial<Params>): Params {
  return Object.fromEntries(a.params.map((s) => [s.key, p[s.key] ?? s.default]));
}

/** Points sampled on each side of a kink to see which way f′ moves there. */
const SAMPLES = 48;

/** Whether `df` is monotone (up: non-decreasing) over `xs`, up to rounding. */
function monotone(df: (x: number) => number, xs: number[], up: boolean): boolean {
  const ys = xs.map(df);
  const tol = 1e-12 * Math.max(1, ...ys.map(Math.abs));
  return ys.every((y, i) => i === 0 || (up ? y >= ys[i - 1]! - tol : y <= ys[i - 1]! + tol));
}

/**
 * Convex, concave or neither on a neighbourhood of a continuous corner at `k.x`: convex when
 * f′ jumps up there and does not decrease on either side (up to the neighbouring kinks),
 * concave in the mirror case.
 */
function cornerShape(a: Activation, p: Params, k: Kink, all: readonly Kink[]): KinkShape {
  const gaps = all.filter((o) => o !== k).map((o) => Math.abs(o.x - k.x));
  const delta = Math.min(1, ...gaps.map((g) => g / 2));
  const step = delta / SAMPLES;
  // Sample inside each open side only: the kink's own f′ is PyTorch's choice, not a limit.
  const left = Array.from({ length: SAMPLES }, (_, i) => k.x - delta + i * step);
  const right = Array.from({ length: SAMPLES }, (_, i) => k.x + (i + 1) * step);
  const df = (x: number) => a.df(x, p);
  const up = (xs: number[]) => monotone(df, xs, true);
  const down = (xs: number[]) => monotone(df, xs, false);
  if (k.dfLeft < k.dfRight && up(left) && up(right)) return 'convex';
  if (k.dfLeft > k.dfRight && down(left) && down(right)) return 'concave';
  return 'neither';
}

function shapeOf(a: Activation, p: Params, k: Kink, all: readonly Kink[]): KinkShape {
  if (k.removable) return 'removable';
  if (k.fLeft !== k.fRight) return 'jump';
  if (k.dfLeft === k.dfRight) return 'differentiable';
  return cornerShape(a, p, k, all);
}

/** Whether `v` lies in `[lo, hi]`, allowing for the last bit of a product like λ·α. */
function within(v: number, [lo, hi]: [number, number]): boolean {
  const tol = 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi));
  return v >= lo - tol && v <= hi + tol;
}

/** Every kink of `a` at parameters `p`, with the interval, its shape and the operations. */
export function kinkReports(a: Activation, partial: Partial<Params>): KinkReport[] {
  const p = fullParams(a, partial);
  const kinks = a.kinks(p);
  const ops = (KINK_OPS[a.id] ?? []).filter((op) => op.applies?.(p) ?? true);
  return kinks.map((kink) => {
    const interval: [number, number] = [
      Math.min(kink.dfLeft, kink.dfRight),
      Math.max(kink.dfLeft, kink.dfRight),
    ];
    const shape = shapeOf(a, p, kink, kinks);
    // A removable point gets only the module: there is no kink for other spellings to differ at.
    const listed = shape === 'removable' ? ops.filter((op) => op.module) : ops;
    return {
      kink,
      interval,
      shape,
      ops: listed.map((op) => {
        const value = op.value(kink.x, p);
        return { op, code: op.code(p), value, inside: within(value, interval) };
      }),
    };
  });
}
