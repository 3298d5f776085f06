import { useMemo } from 'react';
import { useExplorer } from '../state/context';
import { encode, queryString } from './codec';
import { useDemos, useDemosPage } from './context';
import type { View } from './views';
import { settingsOf } from './store';

/**
 * A link to another view of the demos page carrying every current setting, language and theme
 * (so "open on its own" shows the same result); null where the demos are embedded.
 */
export function useViewHref(view: View): string | null {
  const page = useDemosPage();
  const state = useDemos((s) => s);
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  return useMemo(() => {
    if (!page) return null;
    const q = encode({ view, settings: settingsOf(state), lang, theme }, page.defaultLang);
    return `?${queryString(q)}`;
  }, [page, view, state, lang, theme]);
}
