import type { Activation, Params } from '../math';

/** Parameter values by key, every key of the activation present. */
export type Values<K extends string = string> = Readonly<Record<K, number>>;

/**
 * `p`'s value of each of `a`'s parameters, or its default. Not validated here: the store and
 * the registry's own f and f′ reject values outside a parameter's domain.
 */
export function paramValues(a: Pick<Activation, 'params'>, p?: Partial<Params>): Values {
  return Object.fromEntries(a.params.map((s) => [s.key, p?.[s.key] ?? s.default]));
}

/** `table[id]` when `id` is one of its own keys (never an inherited `constructor` or the like). */
export function byId<T>(table: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}
