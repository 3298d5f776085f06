/**
 * Extremes of f and bounds of f′ on a closed range, for the alt text: a fine grid plus every
 * kink, then a golden-section search around an interior grid extreme, so the value is the
 * function's own to rounding, not a sample's.
 */
import type { Activation, Params, Range } from '../../math';

const GRID = 2000;

export interface Extreme {
  value: number;
  at: number;
}

type Candidate = Extreme & { refine: boolean };

/** Golden-section search for the minimum of `g` on [l, r] (g unimodal there). */
function goldenMin(g: (x: number) => number, l: number, r: number): Extreme {
  const k = (Math.sqrt(5) - 1) / 2;
  let a = l;
  let b = r;
  for (let i = 0; i < 100 && b - a > 1e-13 * Math.max(1, Math.abs(a)); i++) {
    const c = b - k * (b - a);
    const d = a + k * (b - a);
    if (g(c) <= g(d)) b = d;
    else a = c;
  }
  const at = (a + b) / 2;
  return { value: g(at), at };
}

/**
 * The smallest of `candidates` under `g` (values as g gives them), refined between the grid
 * neighbours when it is a smooth interior grid point. Never worse than the best candidate.
 */
function best(cands: Candidate[], g: (x: number) => number, step: number): Extreme {
  let m = cands[0]!;
  for (const c of cands) if (c.value < m.value) m = c;
  if (!m.refine) return { value: m.value, at: m.at };
  const r = goldenMin(g, m.at - step, m.at + step);
  return r.value < m.value ? r : { value: m.value, at: m.at };
}

/** Grid points strictly inside the range that are not kinks. */
function grid(range: Range, kinkXs: ReadonlySet<number>): number[] {
  const [lo, hi] = range;
  const xs: number[] = [];
  for (let i = 1; i < GRID; i++) {
    const x = lo + ((hi - lo) * i) / GRID;
    if (!kinkXs.has(x)) xs.push(x);
  }
  return xs;
}

/** The lowest and highest value f takes on the range (attained values only, at x). */
export function extremes(a: Activation, p: Params, range: Range): { min: Extreme; max: Extreme } {
  const b = a.bind(p);
  const kinks = a.kinks(p).filter((k) => k.x >= range[0] && k.x <= range[1]);
  const kinkXs = new Set(kinks.map((k) => k.x));
  const step = (range[1] - range[0]) / GRID;
  const fixed = [range[0], range[1], ...kinkXs];
  const xs = grid(range, kinkXs);
  // A refined point must not cross a kink, where f need not be unimodal.
  const nearKink = (x: number) => kinks.some((k) => Math.abs(k.x - x) <= step);
  const cands = (sign: 1 | -1): Candidate[] => [
    ...fixed.map((x) => ({ at: x, value: sign * b.f(x), refine: false })),
    ...xs.map((x) => ({ at: x, value: sign * b.f(x), refine: !nearKink(x) })),
  ];
  const min = best(cands(1), b.f, step);
  const max = best(cands(-1), (x) => -b.f(x), step);
  return { min, max: { value: -max.value, at: max.at } };
}

/** Bounds of f′ on the range, one-sided limits at kinks included (they need not be attained). */
export function valueBounds(a: Activation, p: Params, range: Range): { lo: number; hi: number } {
  const b = a.bind(p);
  const kinks = a.kinks(p).filter((k) => k.x >= range[0] && k.x <= range[1]);
  const kinkXs = new Set(kinks.map((k) => k.x));
  const step = (range[1] - range[0]) / GRID;
  const nearKink = (x: number) => kinks.some((k) => Math.abs(k.x - x) <= step);
  const values: Candidate[] = [
    ...[range[0], range[1]].map((x) => ({ at: x, value: b.df(x), refine: false })),
    ...kinks.flatMap((k) =>
      [k.dfLeft, k.df, k.dfRight].map((v) => ({ at: k.x, value: v, refine: false })),
    ),
    ...grid(range, kinkXs).map((x) => ({ at: x, value: b.df(x), refine: !nearKink(x) })),
  ].filter((c) => Number.isFinite(c.value));
  const lo = best(values, b.df, step).value;
  const neg = values.map((c) => ({ ...c, value: -c.value }));
  const hi = -best(neg, (x) => -b.df(x), step).value;
  return { lo, hi };
}
