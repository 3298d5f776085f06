import { translator, type Translate } from '../i18n/catalogue';
import { embedDialog } from '../i18n/sections/embedDialog';
import { lesson } from '../i18n/sections/lesson';
import { notices } from '../i18n/sections/notices';
import { page } from '../i18n/sections/page';
import type { Lang, Message } from '../i18n/types';
import type { StepKey } from './steps';

// Every step's five messages exist: a missing one fails the type check here.
lesson satisfies Record<StepKey, Message>;

/**
 * What the lesson says: its own section, plus the title bar's link to the demos and the iframe
 * titles of the embed dialogs, and the notices about ignored URL values. Look it up with `useT(lessonStrings)`.
 */
export const lessonStrings = { ...lesson, ...page, ...embedDialog, ...notices } as const;

/** Keys of the lesson's strings (loaded with the lesson, not the first load). */
export type LessonKey = keyof typeof lessonStrings;
export type LessonT = Translate<typeof lessonStrings>;

/** The lesson's translate function for `lang`, outside React. */
export const formatLesson = (lang: Lang, ...args: Parameters<LessonT>): string =>
  translator(lang, lessonStrings)(...args);
