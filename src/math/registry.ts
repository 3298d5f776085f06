import { eluFamily } from './activations/elu';
import { geluFamily } from './activations/gelu';
import { reluFamily } from './activations/relu';
import { saturatingFamily } from './activations/saturating';
import { shrinkFamily } from './activations/shrink';
import { smoothFamily } from './activations/smooth';
import { registerActivations } from './loaded';
import type { Activation } from './types';

/**
 * Every activation, grouped by family (ReLU family, smooth, saturating, shrink), in the order of
 * the catalogue (catalog.ts, which a test checks). Each id is also its URL value. To add one,
 * add its row to the catalogue and its definition to its family file's list.
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

/**
 * Makes every activation's math available to the figure's state (loaded.ts) at once: for the
 * hosts that may show any function in their first render (the element, the iframe, the React
 * package, the demos, the lesson, the page's first frame, the unit tests). A call, not an
 * import for its effect: package.json's `sideEffects` lets bundlers drop imports that bind
 * nothing.
 */
export function registerAllActivations(): void {
  registerActivations(activations);
}
