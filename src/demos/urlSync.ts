import type { Lang } from '../i18n/types';
import type { ExplorerStoreApi } from '../state/explorerStore';
import { encode, isDemoUrlKey, queryString } from './codec';
import type { View } from './views';
import { settingsOf, type DemosStoreApi } from './store';

/** The query string for the current state: our keys (view first), then anyone else's as they were. */
export function demosSearch(
  current: string,
  view: View,
  demos: DemosStoreApi,
  explorer: ExplorerStoreApi,
  defaultLang: Lang,
): string {
  const { lang, theme } = explorer.getState();
  const q = encode({ view, settings: settingsOf(demos.getState()), lang, theme }, defaultLang);
  for (const [k, v] of new URLSearchParams(current)) if (!isDemoUrlKey(k)) q.append(k, v);
  return `?${queryString(q)}`;
}

export interface DemosUrlSyncOptions {
  view: View;
  defaultLang: Lang;
  /** Delay before writing, so a dragged slider writes once it pauses. */
  delayMs?: number;
  win?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
}

/**
 * Mirrors the demos' settings, language and theme into the address bar with
 * `history.replaceState` (no history entries): once at start (dropping what was ignored),
 * then debounced on every change and flushed when the page is hidden. Returns a stop function.
 */
export function startDemosUrlSync(
  demos: DemosStoreApi,
  explorer: ExplorerStoreApi,
  { view, defaultLang, delayMs = 120, win = window }: DemosUrlSyncOptions,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { location, history } = win;
    const search = demosSearch(location.search, view, demos, explorer, defaultLang);
    if (search === location.search) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Browsers may refuse when called too often; the next change writes again.
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
  const stopDemos = demos.subscribe(schedule);
  const stopExplorer = explorer.subscribe(schedule);
  win.addEventListener('pagehide', flush);
  write();
  return () => {
    stopDemos();
    stopExplorer();
    flush();
    win.removeEventListener('pagehide', flush);
  };
}
