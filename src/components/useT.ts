import { useMemo } from 'react';
import { translator, type Translate } from '../i18n/catalogue';
import type { Section } from '../i18n/types';
import { useExplorer } from '../state/context';

/**
 * The translate function for this explorer instance's language. `useT()` knows the shared
 * catalogue; lazily loaded UI passes its own section, `useT(explain)` or `useT(demos)`, to look
 * up its keys too (importing the section there keeps it out of the first chunk).
 */
export function useT(): Translate;
export function useT<S extends Section>(section: S): Translate<S>;
export function useT(section?: Section): Translate<Section> {
  const lang = useExplorer((s) => s.lang);
  // Sections are module constants, so the function changes only with the language.
  return useMemo(() => (section ? translator(lang, section) : translator(lang)), [lang, section]);
}
