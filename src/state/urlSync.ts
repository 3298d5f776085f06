import type { Lang } from '../i18n/types';
import { defaultState, type ExplorerState, type ExplorerStoreApi } from './explorerStore';
import { mergeSearch, mirrorUrl, type UrlWindow } from './mirrorUrl';
import { CUSTOM_ID, loadFormulaEngine } from './formula';
import { customKeysOf, decode, encode, isUrlKey, type DecodeResult } from './urlCodec';

/**
 * The first supported language in the user's preference order: any `zh*` → `zh-CN`, any `en*`
 * → `en`; `en` when none matches.
 */
export function detectLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const t = tag.toLowerCase();
    if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
    if (t === 'en' || t.startsWith('en-')) return 'en';
  }
  return 'en';
}

export { browserLanguages } from '../i18n/browserLanguages';

export interface InitialFromUrl extends DecodeResult {
  /** What an empty query means on this page (the browser's language, ReLU, …). */
  defaults: ExplorerState;
  /** `defaults` with the URL's valid values on top: the store's starting state. */
  initial: ExplorerState;
}

/**
 * The starting state of the standalone page from its query string and the browser language.
 * `deferred` when the URL shows a custom formula and its engine is not loaded: use
 * {@link initialFromUrlAsync} (or load the engine and call this again).
 */
export function initialFromUrl(search: string, languages: readonly string[]): InitialFromUrl {
  const defaults = defaultState(detectLang(languages));
  const decoded = decode(new URLSearchParams(search));
  return { ...decoded, defaults, initial: { ...defaults, ...decoded.state } };
}

/**
 * {@link initialFromUrl}, after loading the formula engine when the URL needs it. Without a
 * custom formula in the URL it resolves at once with what `initialFromUrl` gives (a rejected
 * engine load gives that too: the formula's notice says it was not applied).
 */
export function initialFromUrlAsync(
  search: string,
  languages: readonly string[],
): Promise<InitialFromUrl> {
  const first = initialFromUrl(search, languages);
  if (!first.deferred) return Promise.resolve(first);
  return loadFormulaEngine().then(
    () => initialFromUrl(search, languages),
    () => ({
      ...first,
      ignored: [...first.ignored, { param: 'expr', value: '', message: 'urlFormulaUnavailable' }],
    }),
  );
}

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
