/**
 * The demos' settings as data: one table per demo, field by field, with limits and defaults.
 * It is the URL vocabulary (`<demo>.<field>`, e.g. `depth.layers=30`), the store's validation
 * and the source of every slider's range, so the three can never disagree.
 */
import type { OptimizerKind } from '../train/optim';
import { DEMO_IDS, type DemoId } from './views';

/** A number on a slider's grid: `min + k·step`, clamped to [min, max]. */
export interface NumberField {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  default: number;
}

/** A number from a fixed list (a log-spaced slider, e.g. learning rates 1-2-5 per decade). */
export interface LadderField {
  kind: 'ladder';
  values: readonly number[];
  default: number;
}

export interface EnumField<T extends string = string> {
  kind: 'enum';
  values: readonly T[];
  default: T;
}

/** `0` or `1` in the URL. */
export interface BoolField {
  kind: 'bool';
  default: boolean;
}

/** A comma list of distinct registry ids. */
export interface ListField {
  kind: 'list';
  min: number;
  max: number;
  default: readonly string[];
  /** An id that may not be listed (cost: ReLU is always measured, as the reference). */
  exclude?: string;
}

export type FieldSpec = NumberField | LadderField | EnumField | BoolField | ListField;

/** The value type a field holds. */
export type FieldValue<F> = F extends ListField
  ? readonly string[]
  : F extends BoolField
    ? boolean
    : F extends EnumField<infer T>
      ? T
      : number;

const num = (min: number, max: number, step: number, def: number): NumberField => ({
  kind: 'number',
  min,
  max,
  step,
  default: def,
});
const enumOf = <T extends string>(values: readonly T[], def: T): EnumField<T> => ({
  kind: 'enum',
  values,
  default: def,
});
const list = (min: number, max: number, def: readonly string[], exclude?: string): ListField => ({
  kind: 'list',
  min,
  max,
  default: def,
  ...(exclude !== undefined && { exclude }),
});

/** Learning rates, 1-2-5 per decade: a log slider with readable values. */
export const LEARNING_RATES = [
  0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1,
] as const;
const learningRate: LadderField = { kind: 'ladder', values: LEARNING_RATES, default: 0.01 };
const seed = num(0, 999_999, 1, 1);

/** The functions the dying-ReLU demo can switch between (and shows side by side). */
export const DYING_FNS = ['relu', 'leaky_relu', 'prelu', 'elu'] as const;
/** The dying-ReLU demo's optimisers (`OptimizerKind` of src/train/optim.ts). */
export const DYING_OPTIMIZERS = ['adam', 'sgd'] as const satisfies readonly OptimizerKind[];

export const SCHEMA = {
  cost: {
    /** Measured besides ReLU, the reference every bar is relative to. */
    fn: list(0, 8, ['leaky_relu', 'elu', 'gelu', 'silu', 'sigmoid', 'tanh'], 'relu'),
    /** Array length: 64 Ki fits in L2, 1 Mi (8 MiB) does not, like real activations. */
    size: { kind: 'ladder', values: [65_536, 262_144, 1_048_576], default: 1_048_576 },
  },
  depth: {
    width: num(2, 64, 1, 32),
    layers: num(1, 50, 1, 30),
    init: enumOf(['he', 'xavier'] as const, 'he'),
    /** Multiplies the initial weights: away from 1, even ReLU with He init explodes or vanishes. */
    gain: num(0.5, 2, 0.05, 1),
    fn: list(1, 4, ['relu', 'tanh', 'sigmoid']),
    seed,
  },
  sparsity: {
    mu: num(-3, 3, 0.1, 0),
    sigma: num(0.1, 3, 0.1, 1),
    fn: list(1, 4, ['relu', 'leaky_relu', 'gelu']),
    seed,
  },
  dying: {
    units: num(8, 64, 1, 32),
    lr: learningRate,
    /** What happens to a unit after it dies: SGD freezes it, Adam's momentum may revive it. */
    optimizer: enumOf(DYING_OPTIMIZERS, 'adam'),
    shift: num(-3, 1, 0.1, 0),
    steps: num(100, 20_000, 100, 2000),
    fn: enumOf(DYING_FNS, 'relu'),
    /** ReLU, Leaky ReLU, PReLU and ELU side by side, same seed. */
    side: { kind: 'bool', default: false },
    seed,
  },
  prelu: {
    units: num(8, 64, 1, 16),
    lr: learningRate,
    shift: num(-3, 1, 0.1, 0),
    steps: num(100, 20_000, 100, 2000),
    alpha: enumOf(['unit', 'shared'] as const, 'unit'),
    seed,
  },
  distribution: {
    /** z ~ N(μ, σ²), or the input of a layer: Σ w_i x_i over `fanIn` inputs N(0, 1). */
    source: enumOf(['normal', 'layer'] as const, 'normal'),
    mu: num(-3, 3, 0.1, 0),
    sigma: num(0.1, 3, 0.1, 1),
    /** Weight variance g/fan-in, g = 2 (He) or 1 (Xavier, fan-in = fan-out; LeCun): also the deep network's. Xavier by default, where SELU's fixed point shows. */
    init: enumOf(['he', 'xavier'] as const, 'xavier'),
    fanIn: num(1, 256, 1, 16),
    samples: { kind: 'ladder', values: [10_000, 100_000, 1_000_000], default: 100_000 },
    /** At most five: the charts have five curve colours. */
    fn: list(1, 5, ['relu', 'leaky_relu', 'elu', 'gelu', 'selu']),
    layers: num(1, 30, 1, 20),
    width: num(2, 128, 1, 32),
    seed,
  },
} as const satisfies Record<DemoId, Record<string, FieldSpec>>;

export type Schema = typeof SCHEMA;

/** One demo's settings, typed from its table. */
export type SettingsOf<D extends DemoId> = {
  -readonly [K in keyof Schema[D]]: FieldValue<Schema[D][K]>;
};

export type DemoSettings = { [D in DemoId]: SettingsOf<D> };

export type DyingSettings = SettingsOf<'dying'>;
export type DistributionSettings = SettingsOf<'distribution'>;

/** Every field of one demo, in table order, as `[key, spec]`. */
export function fieldsOf(demo: DemoId): [string, FieldSpec][] {
  return Object.entries(SCHEMA[demo]);
}

export function defaultSettingsOf<D extends DemoId>(demo: D): SettingsOf<D> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of fieldsOf(demo)) {
    out[key] = spec.kind === 'list' ? [...spec.default] : spec.default;
  }
  return out as SettingsOf<D>;
}

export function defaultSettings(): DemoSettings {
  const out: Partial<Record<DemoId, unknown>> = {};
  for (const d of DEMO_IDS) out[d] = defaultSettingsOf(d);
  return out as DemoSettings;
}

/** Decimals that write `step` exactly (0.05 → 2, 1 → 0). */
function decimals(step: number): number {
  let d = 0;
  while (d < 10 && Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) > 1e-9) d++;
  return d;
}

/** Clamps to [min, max] and rounds to the nearest `min + k·step` (no binary noise left). */
export function snapToGrid(v: number, f: NumberField): number {
  const clamped = Math.min(f.max, Math.max(f.min, v));
  const k = Math.round((clamped - f.min) / f.step);
  const snapped = Number((f.min + k * f.step).toFixed(decimals(f.step)));
  return Math.min(f.max, snapped) + 0;
}

/** The ladder value nearest to `v` on a log scale (non-positive values go to the first). */
export function nearestOnLadder(v: number, values: readonly number[]): number {
  if (!(v > 0)) return values[0]!;
  let best = values[0]!;
  for (const c of values) if (Math.abs(Math.log(c / v)) < Math.abs(Math.log(best / v))) best = c;
  return best;
}

/** Whether two values of one field are equal (lists by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  return Object.is(a, b);
}

/**
 * `value` made valid for `spec` (snapped onto the grid or ladder, a list deduplicated and cut
 * to its maximum), or undefined when it cannot be (wrong type, unknown choice, too few ids).
 * `isId` says which ids a list may hold.
 */
export function normalise(spec: FieldSpec, value: unknown, isId: (id: string) => boolean): unknown {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? snapToGrid(value, spec)
        : undefined;
    case 'ladder':
      return typeof value === 'number' && !Number.isNaN(value)
        ? nearestOnLadder(value, spec.values)
        : undefined;
    case 'enum':
      return spec.values.includes(value as string) ? value : undefined;
    case 'bool':
      return typeof value === 'boolean' ? value : undefined;
    case 'list': {
      if (!Array.isArray(value)) return undefined;
      const ids = [...new Set(value)].filter(
        (id): id is string => typeof id === 'string' && id !== spec.exclude && isId(id),
      );
      return ids.length >= spec.min ? ids.slice(0, spec.max) : undefined;
    }
  }
}
