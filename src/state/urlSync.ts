import type { Lang } from '../i18n/types';
import { defaultState, type ExplorerState, type ExplorerStoreApi } from './explorerStore';
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

/** The query string for `state`: our keys re-encoded, anyone else's left in place. */
export function syncedSearch(current: string, state: ExplorerState, defaults: ExplorerState) {
  const q = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(current)) if (!isUrlKey(k)) q.append(k, v);
  for (const [k, v] of encode(state, defaults)) q.append(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface UrlSyncOptions {
  defaults: ExplorerState;
  /** Delay before writing, so a dragged slider writes once it pauses (Safari throttles). */
  delayMs?: number;
  win?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
}

/**
 * Mirrors the store into the address bar with `history.replaceState` (no history entries):
 * once at start (dropping what was ignored, writing clamped values), then debounced on every
 * change and flushed when the page is hidden. Returns a function that stops it.
 */
export function startUrlSync(
  store: ExplorerStoreApi,
  { defaults, delayMs = 120, win = window }: UrlSyncOptions,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { location, history } = win;
    const search = syncedSearch(location.search, store.getState(), defaults);
    if (search === location.search) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Browsers may refuse when called too often; the next change writes again.
    }
  };
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
  const unsubscribe = store.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  win.addEventListener('pagehide', flush);
  // Start from the canonical query: what was ignored or clamped no longer shows in the address.
  write();
  return () => {
    unsubscribe();
    flush();
    win.removeEventListener('pagehide', flush);
  };
}
