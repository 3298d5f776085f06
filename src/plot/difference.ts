import type { Activation, Kink, Params } from '../math';

/** One function with its parameter values. */
export interface Bound {
  a: Activation;
  p: Partial<Params> | undefined;
}

/** A kink of `a` at x, or a smooth point written as one (all three values equal). */
function kinkAt(a: Activation, p: Partial<Params> | undefined, x: number, k?: Kink): Kink {
  if (k) return k;
  const f = a.f(x, p);
  const df = a.df(x, p);
  return { x, fLeft: f, f, fRight: f, dfLeft: df, dfRight: df, df };
}

/**
 * The difference g − h as an activation, so the difference panel is sampled exactly like the
 * other curves: its kinks are the union of both functions' kinks with every one-sided limit
 * subtracted, so jumps of either side stay breaks. Parameters are bound in; `p` is ignored.
 */
export function createDifference(g: Bound, h: Bound): Activation {
  const f = (x: number) => g.a.f(x, g.p) - h.a.f(x, h.p);
  const df = (x: number) => g.a.df(x, g.p) - h.a.df(x, h.p);
  const kinks = (): Kink[] => {
    const gk = new Map(g.a.kinks(g.p).map((k) => [k.x, k]));
    const hk = new Map(h.a.kinks(h.p).map((k) => [k.x, k]));
    const xs = [...new Set([...gk.keys(), ...hk.keys()])].sort((a, b) => a - b);
    return xs.map((x) => {
      const u = kinkAt(g.a, g.p, x, gk.get(x));
      const v = kinkAt(h.a, h.p, x, hk.get(x));
      return {
        x,
        fLeft: u.fLeft - v.fLeft,
        f: u.f - v.f,
        fRight: u.fRight - v.fRight,
        dfLeft: u.dfLeft - v.dfLeft,
        dfRight: u.dfRight - v.dfRight,
        df: u.df - v.df,
      };
    });
  };
  return {
    id: `${g.a.id}-minus-${h.a.id}`,
    name: `${g.a.name} − ${h.a.name}`,
    family: g.a.family,
    params: [],
    f,
    df,
    bind: () => ({ f, df }),
    kinks,
  };
}
