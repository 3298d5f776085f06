import { eluFamily } from './activations/elu';
import { geluFamily } from './activations/gelu';
import { reluFamily } from './activations/relu';
import { saturatingFamily } from './activations/saturating';
import { shrinkFamily } from './activations/shrink';
import { smoothFamily } from './activations/smooth';
import type { Activation } from './types';

/**
 * Every activation, grouped by family (ReLU family, smooth, saturating, shrink). Each id is also
 * its URL value. To add one, add it to its family file's list.
 */
export const activations: readonly Activation[] = Object.freeze([
  ...reluFamily,
  ...eluFamily,
  ...geluFamily,
  ...smoothFamily,
  ...saturatingFamily,
  ...shrinkFamily,
]);

const byId = new Map(activations.map((a) => [a.id, a]));

/** The activation with this id, or undefined. */
export function getActivation(id: string): Activation | undefined {
  return byId.get(id);
}
