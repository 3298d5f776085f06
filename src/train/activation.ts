import { getActivation } from '../math';
import type { Activation, Params } from '../math';

/** An activation by registry id with parameter values: serialisable, so it crosses postMessage. */
export interface ActivationChoice {
  /** Registry id, e.g. `relu`, `leaky_relu`. */
  id: string;
  /** Parameter values by key; missing keys take the registry's defaults. */
  params?: Partial<Params>;
}

/** Looks an id up in the registry; an unknown id is a RangeError that names it. */
export function resolveActivation(id: string): Activation {
  const act = getActivation(id);
  if (!act) throw new RangeError(`Unknown activation id: ${JSON.stringify(id)}`);
  return act;
}

/** Parameter values with every key of the activation filled in (given value or default). */
export function fullParams(act: Activation, params: Partial<Params> | undefined): Params {
  const out: Record<string, number> = {};
  for (const spec of act.params) out[spec.key] = params?.[spec.key] ?? spec.default;
  return out;
}
