import type { Lang } from '../i18n/types';
import type { ExplorerStoreApi } from '../state/explorerStore';
import { mergeSearch, mirrorUrl, type UrlWindow } from '../state/mirrorUrl';
import { encode, isDemoUrlKey } from './codec';
import type { View } from './views';
import { settingsOf, type DemosStoreApi } from './store';

/** The demos' own keys for the current state: view first, then non-default settings. */
function encodeDemos(
  view: View,
  demos: DemosStoreApi,
  explorer: ExplorerStoreApi,
  defaultLang: Lang,
): URLSearchParams {
  const { lang, theme } = explorer.getState();
  return encode({ view, settings: settingsOf(demos.getState()), lang, theme }, defaultLang);
}

/** The query string for the current state: our keys (view first), then anyone else's as they were. */
export function demosSearch(
  current: string,
  view: View,
  demos: DemosStoreApi,
  explorer: ExplorerStoreApi,
  defaultLang: Lang,
): string {
  return mergeSearch(current, encodeDemos(view, demos, explorer, defaultLang), isDemoUrlKey, false);
}

export interface DemosUrlSyncOptions {
  view: View;
  defaultLang: Lang;
  /** Delay before writing, so a dragged slider writes once it pauses. */
  delayMs?: number;
  win?: UrlWindow;
}

/**
 * Mirrors the demos' settings, language and theme into the address bar (see `mirrorUrl`):
 * once at start, dropping what was ignored, then on every change of either store. Returns a
 * stop function.
 */
export function startDemosUrlSync(
  demos: DemosStoreApi,
  explorer: ExplorerStoreApi,
  { view, defaultLang, delayMs, win }: DemosUrlSyncOptions,
): () => void {
  return mirrorUrl({
    encode: () => encodeDemos(view, demos, explorer, defaultLang),
    owns: isDemoUrlKey,
    othersFirst: false,
    sources: [demos, explorer],
    delayMs,
    win,
  });
}
