// Where a formula switches branch: every abs, sign, relu, step, min, max, where, comparison and
// kinked registry activation contributes a switching function g = a − b (its sign is exact in
// floating point: a − b is 0 only when a = b). Each switch inside the range is located to the
// double where the branch changes, then kept if f, f′ or f″ really changes there.
import { getActivation } from '../registry';
import { nextDown, nextUp } from '../special/float';
import type { BoundActivation, Kink, Range } from '../types';
import { hasX, num, type Node } from './ast';
import { derivative } from './diff';
import { compileNode } from './evaluate';
import { SWITCHING } from './functions';

type F = (x: number) => number;

/** Sample intervals used to bracket a switch whose argument is not linear in x. */
const GRID = 2048;

/** The switching pairs (a, b) of `n`: its branch changes where a(x) − b(x) changes sign. */
function switches(n: Node, values: ReadonlyMap<string, number>, out: [Node, Node][]): void {
  switch (n.k) {
    case 'num':
    case 'x':
    case 'par':
      return;
    case 'neg':
      switches(n.a, values, out);
      return;
    case 'bin':
      switches(n.a, values, out);
      switches(n.b, values, out);
      return;
    case 'cmp':
      out.push([n.a, n.b]);
      switches(n.a, values, out);
      switches(n.b, values, out);
      return;
    case 'fn':
      n.args.forEach((m) => switches(m, values, out));
      if (SWITCHING.has(n.name)) out.push([n.args[0]!, num(0)]);
      else if (n.name === 'min' || n.name === 'max') out.push([n.args[0]!, n.args[1]!]);
      else if (n.name === 'where' && n.args[0]!.k !== 'cmp') out.push([n.args[0]!, num(0)]);
      return;
    case 'act': {
      switches(n.a, values, out);
      const a = getActivation(n.id);
      if (!a) return;
      const p: Record<string, number> = {};
      a.params.forEach((s, i) => {
        p[s.key] = compileNode(n.params[i]!, values) as number;
      });
      let ks: Kink[] = [];
      try {
        ks = a.kinks(p);
      } catch {
        // Parameters outside their domain: the activation is NaN everywhere, no kinks.
      }
      for (const k of ks) out.push([n.a, num(k.x)]);
    }
  }
}

const sgn = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : v === 0 ? 0 : NaN);

/**
 * The switch between lo and hi (sign of g differs at the two ends), to adjacent doubles: the
 * first zero of g if there is one, else the last point with g's sign at lo (for `b·x > t` that
 * is the last point on the `false` branch, as the registry's Softplus places its switch).
 */
function bisect(g: F, lo: number, hi: number): number {
  const sLo = sgn(g(lo));
  for (let i = 0; i < 2200; i++) {
    const mid = lo < 0 && hi > 0 ? 0 : lo / 2 + hi / 2;
    if (!(mid > lo && mid < hi)) break;
    if (sgn(g(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  return g(hi) === 0 ? hi : lo;
}

/**
 * Sample points of [lo, hi]: evenly spaced, plus ±10^(k/32) for |x| from 1e−4 to 1e6 so that a
 * wide range (activation.kinks searches ±1e6) still looks closely around 0, where
 * activations switch.
 */
function samples(lo: number, hi: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= GRID; i++) xs.push(i === GRID ? hi : lo + ((hi - lo) * i) / GRID);
  for (let k = -4 * 32; k <= 6 * 32; k++) {
    const t = 10 ** (k / 32);
    if (t > lo && t < hi) xs.push(t);
    if (-t > lo && -t < hi) xs.push(-t);
  }
  if (lo < 0 && hi > 0) xs.push(0);
  return xs.sort((a, b) => a - b);
}

/** Every switch of g inside [lo, hi], by sign changes between sample points. */
function gridRoots(g: F, lo: number, hi: number, out: number[]): void {
  const xs = samples(lo, hi);
  let xPrev = xs[0]!;
  let sPrev = sgn(g(xPrev));
  if (sPrev === 0) out.push(xPrev);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    if (x === xPrev) continue;
    const s = sgn(g(x));
    if (s === s && sPrev === sPrev && s !== sPrev) out.push(bisect(g, xPrev, x));
    xPrev = x;
    sPrev = s;
  }
}

function roots(
  a: Node,
  b: Node,
  values: ReadonlyMap<string, number>,
  lo: number,
  hi: number,
  out: number[],
) {
  const ca = compileNode(a, values);
  const cb = compileNode(b, values);
  if (typeof ca === 'number' && typeof cb === 'number') return;
  const fa: F = typeof ca === 'number' ? () => ca : ca;
  const fb: F = typeof cb === 'number' ? () => cb : cb;
  const g: F = (x) => fa(x) - fb(x);
  const dg = derivative({ k: 'bin', op: '-', a, b });
  if (!hasX(dg)) {
    // Linear in x: the root in closed form, then the exact double by bisecting a tiny bracket.
    const slope = compileNode(dg, values) as number;
    const r = -g(0) / slope;
    if (!Number.isFinite(r)) return;
    const d = 1e-9 * (1 + Math.abs(r));
    const l = r - d;
    const h = r + d;
    const sl = sgn(g(l));
    const sh = sgn(g(h));
    if (sl === sl && sh === sh && sl !== sh) {
      const x = bisect(g, l, h);
      if (x >= lo && x <= hi) out.push(x);
      return;
    }
  }
  gridRoots(g, lo, hi, out);
}

/** Whether a and b differ by more than `tol` (NaN on one side only counts as a difference). */
const differ = (a: number, b: number, tol: number) =>
  a !== a || b !== b ? (a !== a) !== (b !== b) : Math.abs(a - b) > tol;

/** The kink record at x, or undefined where nothing changes (f, f′, f″ continuous). */
function kinkAt(b: BoundActivation, x: number): Kink | undefined {
  // One-sided limits by linear extrapolation from 1e−9 away (error ~1e−18·f″), not from the
  // neighbouring doubles: right beside a switch its argument can round to a tie for several
  // doubles (3x − 1 is 0 on both sides of 1/3; min(0, α·expm1(x/α)) underflows near 0), where
  // f and f′ still take one side's branch.
  const e = 2 ** -30 * Math.max(1, Math.abs(x));
  const limit = (g: (t: number) => number, s: 1 | -1) => {
    const v = 2 * g(x + s * e) - g(x + 2 * s * e);
    return v === v ? v : g(s > 0 ? nextUp(x) : nextDown(x)); // a domain edge: the neighbour
  };
  const fLeft = limit(b.f, -1);
  const fRight = limit(b.f, 1);
  const f = b.f(x);
  const dfLeft = limit(b.df, -1);
  const dfRight = limit(b.df, 1);
  const df = b.df(x);
  if (fLeft !== fLeft && fRight !== fRight) return undefined; // undefined on both sides
  // One-sided f″ from f′ a little way off on each side.
  const h = 1e-7 * Math.max(1, Math.abs(x));
  const d2L = (b.df(x - h) - b.df(x - 2 * h)) / h;
  const d2R = (b.df(x + 2 * h) - b.df(x + h)) / h;
  const ulps = 4e-16 * Math.abs(x);
  const tolF =
    1e-12 * (Math.abs(fLeft) + Math.abs(fRight)) +
    ulps * (Math.abs(dfLeft) + Math.abs(dfRight)) +
    1e-300;
  const tolD =
    1e-12 * (Math.abs(dfLeft) + Math.abs(dfRight)) +
    ulps * (Math.abs(d2L) + Math.abs(d2R)) +
    1e-300;
  const tol2 =
    1e-5 * (1 + Math.abs(d2L) + Math.abs(d2R)) +
    (1e-14 * (Math.abs(dfLeft) + Math.abs(dfRight))) / h;
  const changes =
    differ(fLeft, fRight, tolF) || differ(dfLeft, dfRight, tolD) || differ(d2L, d2R, tol2);
  if (changes) return { x, fLeft, f, fRight, dfLeft, dfRight, df };
  // Smooth after all, but f′ at the point itself is PyTorch's branch value (Softshrink, λ = 0).
  if (differ(df, dfLeft, tolD))
    return { x, fLeft, f, fRight, dfLeft, dfRight, df, removable: true };
  return undefined;
}

/**
 * Sorted switch points with each cluster a few ulps wide (two switches found from different
 * sides, or an argument that underflows to 0 near its root) taken as one point: the one
 * written with the fewest digits (0 rather than 5e−324, 1 rather than 0.9999999999999999).
 */
function merge(xs: number[]): number[] {
  const out: number[] = [];
  let cluster: number[] = [];
  const flush = () => {
    if (cluster.length === 0) return;
    out.push(cluster.reduce((best, x) => (String(x).length < String(best).length ? x : best)));
    cluster = [];
  };
  for (const x of xs) {
    const prev = cluster[cluster.length - 1];
    if (prev !== undefined && x - prev > 8.9e-16 * Math.max(Math.abs(x), Math.abs(prev)) + 1e-300)
      flush();
    cluster.push(x);
  }
  flush();
  return out;
}

/** The kinks of the formula `ast` bound as `b`, inside `range` (inclusive), sorted by x. */
export function findKinks(
  ast: Node,
  values: ReadonlyMap<string, number>,
  b: BoundActivation,
  range: Range,
): Kink[] {
  const [lo, hi] = range;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) return [];
  const pairs: [Node, Node][] = [];
  switches(ast, values, pairs);
  const xs: number[] = [];
  for (const [a, c] of pairs) roots(a, c, values, lo, hi, xs);
  const sorted = xs.filter((x) => x >= lo && x <= hi).sort((p, q) => p - q);
  const out: Kink[] = [];
  for (const x of merge(sorted)) {
    const k = kinkAt(b, x === 0 ? 0 : x); // −0 and 0 are one point
    if (k) out.push(k);
  }
  return out;
}
