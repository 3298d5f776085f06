import { reluFamily } from './activations/relu';
import { CATALOG } from './catalog';
import type { Activation } from './types';

/**
 * The activations whose math is here, for the figure and its state: the ReLU family from the
 * start (the default view shows ReLU), the rest once registered. A host that shows any function
 * at once registers them all first (`registerAllActivations`, registry.ts); the page loads them
 * after it has become interactive (`loadActivations`), and its state waits for them before it
 * shows one of them (`applyPatch` defers such a change, state/patch.ts).
 */
const byId = new Map<string, Activation>(reluFamily.map((a) => [a.id, a]));

let loading: Promise<void> | null = null;
let loader: (() => Promise<{ registerAllActivations(): void }>) | null = null;

/** Adds activations to those whose math is here. */
export function registerActivations(list: readonly Activation[]): void {
  for (const a of list) byId.set(a.id, a);
}

/** The activation `id` if its math is here, else undefined (unknown, or not loaded yet). */
export function loadedActivation(id: string): Activation | undefined {
  return byId.get(id);
}

/** Whether `id` names an activation of the catalogue whose math is not here yet. */
export function awaitsMath(id: unknown): boolean {
  return typeof id === 'string' && !byId.has(id) && CATALOG.some((a) => a.id === id);
}

/**
 * How this host loads the math of the rest (the page: `() => import('src/math/all')`, a lazy
 * chunk). Set by the host, not imported here: a dynamic import in this module put it and what it
 * imports in a chunk of their own in the element's build, which its first render waited for.
 */
export function setActivationsLoader(load: () => Promise<{ registerAllActivations(): void }>) {
  loader = load;
}

/**
 * Loads and registers the math of every activation, once, with the host's loader; later calls
 * return the same promise. It resolves at once when everything is registered already, and
 * rejects when something is missing and the host set no loader. A failed load may be tried
 * again.
 */
export function loadActivations(): Promise<void> {
  const load = CATALOG.every((a) => byId.has(a.id))
    ? () => Promise.resolve({ registerAllActivations() {} })
    : loader;
  loading ??= (load ? load() : Promise.reject(new Error('no loader for the activations'))).then(
    (m) => m.registerAllActivations(),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
