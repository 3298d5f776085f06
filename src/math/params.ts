import type { ParamSpec, Params } from './types';

/** Every parameter of one activation, present and validated. */
export type Resolved<K extends string> = Readonly<Record<K, number>>;

/** A parameter spec whose key is statically known. */
export type ParamSpecOf<K extends string> = ParamSpec & { key: K };

/** Whether `v` lies in the spec's mathematical domain (finite values only). */
export function inDomain(spec: ParamSpec, v: number): boolean {
  const { min, max, minOpen, maxOpen } = spec.domain;
  if (!Number.isFinite(v)) return false;
  if (minOpen ? !(v > min) : !(v >= min)) return false;
  return maxOpen ? v < max : v <= max;
}

/** The domain written as an interval, e.g. `(0, ∞)`, for error messages. */
export function formatDomain(spec: ParamSpec): string {
  const { min, max, minOpen, maxOpen } = spec.domain;
  const lo = min === -Infinity ? '(−∞' : `${minOpen ? '(' : '['}${min}`;
  const hi = max === Infinity ? '∞)' : `${max}${maxOpen ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

/**
 * Fills missing keys with their defaults and validates every value.
 * Keys the activation does not have are ignored (a UI may pass a shared parameter object).
 *
 * @param check cross-parameter constraint (e.g. Hardtanh's min_val < max_val): returns an error
 *   message naming the parameters, or undefined when the values are valid.
 * @throws RangeError naming the activation and the parameter when a value is not a finite
 *   number, lies outside its domain, or fails `check`.
 */
export function resolveParams<K extends string>(
  id: string,
  specs: readonly ParamSpecOf<K>[],
  p: Partial<Params> | undefined,
  check?: (r: Resolved<K>) => string | undefined,
): Resolved<K> {
  const out = {} as Record<K, number>;
  for (const spec of specs) {
    const raw: unknown = p?.[spec.key];
    const v = raw === undefined ? spec.default : raw;
    if (typeof v !== 'number' || !inDomain(spec, v)) {
      throw new RangeError(
        `${id}: parameter ${spec.key} = ${String(v)} is invalid; it must be a finite number in ${formatDomain(spec)}`,
      );
    }
    out[spec.key] = v;
  }
  const problem = check?.(out);
  if (problem !== undefined) throw new RangeError(`${id}: ${problem}`);
  return out;
}
