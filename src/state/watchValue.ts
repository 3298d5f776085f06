import type { ExplorerStoreApi } from './explorerStore';
import { valueChanged, valueOf, type ExplorerValue } from './schema';

/**
 * How long the value must rest before a change counts as settled: longer than the gap between
 * two key repeats or drag steps, short enough that a host reacting to it feels immediate.
 */
export const SETTLE_MS = 250;

export interface ValueListeners {
  /** Every change of the value, live: a drag calls it at each step. */
  input?(value: ExplorerValue): void;
  /** The value once it has rested {@link SETTLE_MS}: one call per drag or typed number. */
  change?(value: ExplorerValue): void;
}

/**
 * Reports the reader's changes to a store's value (the `ExplorerValue` fields) to a host: each
 * one live, and the settled value after a pause. Changes made while `muted()` is true (the host
 * writing its own attributes or props into the store) are not reported. Returns a function
 * that stops watching and drops a pending settled call.
 */
export function watchValue(
  store: ExplorerStoreApi,
  on: ValueListeners,
  muted: () => boolean = () => false,
  ms = SETTLE_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = store.subscribe((s, prev) => {
    if (muted() || !valueChanged(s, prev)) return;
    on.input?.(valueOf(s));
    clearTimeout(timer);
    timer = setTimeout(() => on.change?.(valueOf(store.getState())), ms);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
