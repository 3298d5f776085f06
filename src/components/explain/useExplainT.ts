import { useCallback } from 'react';
import { format, formatSection, type MessageKey, type MessageVars } from '../../i18n/catalogue';
import { explain } from '../../i18n/sections/explain';
import { useExplorer } from '../../state/context';

/** Keys of the explanations' own section (loaded with this chunk, not the first one). */
export type ExplainKey = keyof typeof explain;

const isExplainKey = (key: string): key is ExplainKey => Object.hasOwn(explain, key);

/** Like `useT`, for the explanations: their section plus the shared catalogue. */
export function useExplainT(): (key: ExplainKey | MessageKey, vars?: MessageVars) => string {
  const lang = useExplorer((s) => s.lang);
  return useCallback(
    (key: ExplainKey | MessageKey, vars?: MessageVars) =>
      isExplainKey(key) ? formatSection(explain, lang, key, vars) : format(lang, key, vars),
    [lang],
  );
}

/** The one-line description of an activation (`desc_<id>`), if the section has one. */
export function descriptionKey(id: string): ExplainKey | null {
  const key = `desc_${id}`;
  return isExplainKey(key) ? key : null;
}
