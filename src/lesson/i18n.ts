import { useCallback } from 'react';
import { format, formatSection, type MessageKey, type MessageVars } from '../i18n/catalogue';
import { lesson } from '../i18n/sections/lesson';
import type { Lang, Message } from '../i18n/types';
import { useExplorer } from '../state/context';
import type { StepKey } from './steps';

/** Keys of the lesson's own section (loaded with the lesson, not the first load). */
export type LessonKey = keyof typeof lesson;

// Every step's five messages exist: a missing one fails the type check here.
lesson satisfies Record<StepKey, Message>;

/** Translates a lesson key or any key of the shared catalogue (URL notices, switches). */
export type LessonT = (key: LessonKey | MessageKey, vars?: MessageVars) => string;

const isLessonKey = (key: string): key is LessonKey => Object.hasOwn(lesson, key);

/** `format` for the lesson: its section first, then the shared catalogue. */
export function formatLesson(lang: Lang, key: LessonKey | MessageKey, vars?: MessageVars): string {
  return isLessonKey(key) ? formatSection(lesson, lang, key, vars) : format(lang, key, vars);
}

/** Like `useT`, for the lesson, in the language of the page's explorer store. */
export function useLessonT(): LessonT {
  const lang = useExplorer((s) => s.lang);
  return useCallback((key, vars) => formatLesson(lang, key, vars), [lang]);
}
