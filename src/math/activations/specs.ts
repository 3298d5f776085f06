import type { ParamSpecOf } from '../params';

type Domain = ParamSpecOf<string>['domain'];

/** Every finite real number. */
export const REAL: Domain = { min: -Infinity, max: Infinity };
/** x ≥ 0. */
export const NONNEGATIVE: Domain = { min: 0, max: Infinity };
/** x > 0. */
export const POSITIVE: Domain = { min: 0, max: Infinity, minOpen: true };

/** A parameter spec; `slider` is the teaching range [min, max, step]. */
export function param<K extends string>(
  key: K,
  symbol: string,
  def: number,
  slider: [min: number, max: number, step: number],
  domain: Domain,
): ParamSpecOf<K> {
  const [min, max, step] = slider;
  return { key, symbol, default: def, min, max, step, domain };
}
