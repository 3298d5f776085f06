import { useMemo } from 'react';
import { useExplorer } from '../state/context';
import { queryString } from '../state/mirrorUrl';
import { encode, type DemoUrlState } from './codec';
import { useDemos, useDemosPage } from './context';
import type { View } from './views';
import { settingsOf } from './store';

/** Everything a URL of `view` holds, as it stands now. */
function useUrlState(view: View): DemoUrlState {
  const state = useDemos((s) => s);
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  return useMemo(
    () => ({ view, settings: settingsOf(state), lang, theme }),
    [view, state, lang, theme],
  );
}

/**
 * A link to another view of the demos page carrying every current setting, language and theme
 * (so "open on its own" shows the same result); null where the demos are embedded.
 */
export function useViewHref(view: View): string | null {
  const page = useDemosPage();
  const state = useUrlState(view);
  return useMemo(
    () => (page ? `?${queryString(encode(state, page.defaultLang))}` : null),
    [page, state],
  );
}

/**
 * The query of a view for another page (the full page from an embed, an embed from the full
 * page): the view's own settings only (a single demo carries none of the others') and always
 * the language, so every reader sees the author's.
 */
export function portableQuery(state: DemoUrlState): string {
  const q = encode(state);
  if (state.view !== 'why')
    for (const key of [...q.keys()])
      if (key.includes('.') && !key.startsWith(`${state.view}.`)) q.delete(key);
  // Before the theme, where `encode` writes it when it is not the default.
  const theme = q.get('theme');
  q.delete('theme');
  q.set('lang', state.lang);
  if (theme !== null) q.set('theme', theme);
  return queryString(q);
}

/** The current state of `view` as a portable query (see `portableQuery`). */
export function usePortableQuery(view: View): string {
  const state = useUrlState(view);
  return useMemo(() => portableQuery(state), [state]);
}
