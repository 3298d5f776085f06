/**
 * Small hand-written activations for the plot's tests, independent of the registry (which
 * these tests should not break with). Test-only: ESLint keeps it out of app code.
 */
import type { Activation, Kink, ParamSpec, Params } from '../math';

interface Def {
  id: string;
  name: string;
  params?: ParamSpec[];
  f(x: number, p: Params): number;
  df(x: number, p: Params): number;
  kinks?(p: Params): Kink[];
}

function fixture(def: Def): Activation {
  const full = (p?: Partial<Params>): Params => {
    const out: Record<string, number> = {};
    for (const s of def.params ?? []) out[s.key] = p?.[s.key] ?? s.default;
    return out;
  };
  const f = (x: number, p?: Partial<Params>) => def.f(x, full(p));
  const df = (x: number, p?: Partial<Params>) => def.df(x, full(p));
  return {
    id: def.id,
    name: def.name,
    family: 'relu',
    params: def.params ?? [],
    f,
    df,
    bind: (p) => ({ f: (x) => f(x, p), df: (x) => df(x, p) }),
    kinks: (p) => def.kinks?.(full(p)) ?? [],
  };
}

const alpha: ParamSpec = {
  key: 'alpha',
  symbol: 'α',
  default: 0.01,
  min: 0,
  max: 1,
  step: 0.01,
  domain: { min: -Infinity, max: Infinity },
};

export const relu = fixture({
  id: 'relu',
  name: 'ReLU',
  f: (x) => (x > 0 ? x : 0),
  df: (x) => (x > 0 ? 1 : 0),
  kinks: () => [{ x: 0, fLeft: 0, f: 0, fRight: 0, dfLeft: 0, dfRight: 1, df: 0 }],
});

export const leakyRelu = fixture({
  id: 'leaky_relu',
  name: 'Leaky ReLU',
  params: [{ ...alpha, key: 'negative_slope' }],
  f: (x, p) => (x > 0 ? x : x * p.negative_slope!),
  df: (x, p) => (x > 0 ? 1 : p.negative_slope!),
  kinks: (p) => [
    {
      x: 0,
      fLeft: 0,
      f: 0,
      fRight: 0,
      dfLeft: p.negative_slope!,
      dfRight: 1,
      df: p.negative_slope!,
    },
  ],
});

/** f jumps at ±1: 0 inside, x outside; PyTorch uses 0 at ±1. */
export const hardshrink = fixture({
  id: 'hardshrink',
  name: 'Hardshrink',
  f: (x) => (Math.abs(x) > 1 ? x : 0),
  df: (x) => (Math.abs(x) > 1 ? 1 : 0),
  kinks: () => [
    { x: -1, fLeft: -1, f: 0, fRight: 0, dfLeft: 1, dfRight: 0, df: 0 },
    { x: 1, fLeft: 0, f: 0, fRight: 1, dfLeft: 0, dfRight: 1, df: 0 },
  ],
});

/** Smooth, no kinks. */
export const softsign = fixture({
  id: 'softsign',
  name: 'Softsign',
  f: (x) => x / (1 + Math.abs(x)),
  df: (x) => 1 / (1 + Math.abs(x)) ** 2,
});
