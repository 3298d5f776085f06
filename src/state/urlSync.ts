import { CUSTOM_ID } from './formula';
import type { ExplorerState, ExplorerStoreApi } from './explorerStore';
import { mergeSearch, mirrorUrl, type UrlWindow } from './mirrorUrl';
import { customKeysOf, encode, isUrlKey } from './urlCodec';

/** The query string for `state`: our keys re-encoded, anyone else's left in place (before ours). */
export function syncedSearch(current: string, state: ExplorerState, defaults: ExplorerState) {
  return mergeSearch(current, encode(state, defaults), ownsIn(current, state));
}

/**
 * The keys the explorer owns in a query: its fixed vocabulary, and when a custom formula is shown
 * or was (the query's `fn`) the keys that can be its parameters (`b`, `b.min`; rewritten or
 * dropped with it).
 */
function ownsIn(current: string, state: ExplorerState): (key: string) => boolean {
  const query = new URLSearchParams(current);
  const shown = state.fn === CUSTOM_ID || query.get('fn')?.trim() === CUSTOM_ID;
  const custom = new Set(
    shown
      ? [
          ...customKeysOf(query.keys(), query.get('expr')),
          ...customKeysOf(query.keys(), state.expr),
        ]
      : [],
  );
  return (key) => isUrlKey(key) || custom.has(key);
}

export interface UrlSyncOptions {
  defaults: ExplorerState;
  /** Delay before writing, so a dragged slider writes once it pauses (Safari throttles). */
  delayMs?: number;
  win?: UrlWindow;
}

/**
 * Mirrors the store into the address bar (see `mirrorUrl`): once at start, dropping what was
 * ignored and writing clamped values, then on every change. Returns a function that stops it.
 */
export function startUrlSync(
  store: ExplorerStoreApi,
  { defaults, delayMs, win }: UrlSyncOptions,
): () => void {
  // Keys once written for a custom formula stay ours, so leaving it removes its parameters.
  const written = new Set<string>();
  return mirrorUrl({
    encode: () => {
      const q = encode(store.getState(), defaults);
      for (const k of q.keys()) written.add(k);
      return q;
    },
    owns: (key) => isUrlKey(key) || written.has(key),
    sources: [store],
    delayMs,
    win,
  });
}
