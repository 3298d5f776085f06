import { useCallback } from 'react';
import { format, formatSection, type MessageKey, type MessageVars } from '../i18n/catalogue';
import { demos as demosMain } from '../i18n/sections/demos';
import { demosDistribution } from '../i18n/sections/demosDistribution';
import type { Lang } from '../i18n/types';
import { useExplorer } from '../state/context';

// Each demo may keep its strings in a section file of its own; they load together.
const demos = { ...demosMain, ...demosDistribution };

/** Keys of the demos' own sections (loaded with the demos, not the first load). */
export type DemoKey = keyof typeof demos;

/** Translates a demos key or any key of the shared catalogue (URL notices, switches). */
export type DemoT = (key: DemoKey | MessageKey, vars?: MessageVars) => string;

const isDemoKey = (key: string): key is DemoKey => Object.hasOwn(demos, key);

/** `format` for the demos: their section first, then the shared catalogue. */
export function formatDemo(lang: Lang, key: DemoKey | MessageKey, vars?: MessageVars): string {
  return isDemoKey(key) ? formatSection(demos, lang, key, vars) : format(lang, key, vars);
}

/** Like `useT`, for the demos, in the language of the page's explorer store. */
export function useDemoT(): DemoT {
  const lang = useExplorer((s) => s.lang);
  return useCallback((key, vars) => formatDemo(lang, key, vars), [lang]);
}
