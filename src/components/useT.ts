import { useCallback } from 'react';
import { format, type MessageKey, type MessageVars } from '../i18n/catalogue';
import { useExplorer } from '../state/context';

/** The translate function for this explorer instance's language. */
export function useT(): (key: MessageKey, vars?: MessageVars) => string {
  const lang = useExplorer((s) => s.lang);
  return useCallback((key: MessageKey, vars?: MessageVars) => format(lang, key, vars), [lang]);
}
