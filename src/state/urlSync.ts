import type { Lang } from '../i18n/types';
import { defaultState, type ExplorerState, type ExplorerStoreApi } from './explorerStore';
import { mergeSearch, mirrorUrl, type UrlWindow } from './mirrorUrl';
import { decode, encode, isUrlKey, type DecodeResult } from './urlCodec';

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

/** The starting state of the standalone page from its query string and the browser language. */
export function initialFromUrl(search: string, languages: readonly string[]): InitialFromUrl {
  const defaults = defaultState(detectLang(languages));
  const decoded = decode(new URLSearchParams(search));
  return { ...decoded, defaults, initial: { ...defaults, ...decoded.state } };
}

/** The query string for `state`: our keys re-encoded, anyone else's left in place (before ours). */
export function syncedSearch(current: string, state: ExplorerState, defaults: ExplorerState) {
  return mergeSearch(current, encode(state, defaults), isUrlKey);
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
  return mirrorUrl({
    encode: () => encode(store.getState(), defaults),
    owns: isUrlKey,
    sources: [store],
    delayMs,
    win,
  });
}
