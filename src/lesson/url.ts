/**
 * The lesson's URL: `?view=lesson&step=3` (or a `#step-3` link target), plus `lang` and `theme`
 * as on every page of the app. Pure: `decodeLesson` never throws, and a step it cannot use opens
 * step 1 with a notice that says so.
 */
import type { MessageVars } from '../i18n/catalogue';
import type { NoticeKey } from '../i18n/sections/url.en';
import type { LessonKey } from './i18n';
import type { Lang } from '../i18n/types';
import { LESSON_VIEW } from '../demos/route';
import { isLang, isTheme, type Theme } from '../state/explorerStore';
import { STEP_COUNT } from './steps';

/** A URL part that was ignored, to show as text (values are never rendered as markup). */
export interface LessonNotice {
  param: string;
  value: string;
  message: NoticeKey | LessonKey;
  vars?: MessageVars;
}

export interface LessonUrl {
  /** 1-based. */
  step: number;
  /** Only when the URL set them validly. */
  lang?: Lang;
  theme?: Theme;
  notices: LessonNotice[];
}

const MAX_SHOWN = 40;
const shown = (raw: string) => (raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw);
const HASH = /^#step-(.*)$/;

/** A step number from its text: a plain integer from 1 to STEP_COUNT, else null. */
export function parseStep(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= STEP_COUNT ? n : null;
}

/** Reads the lesson's query string and hash (`#step-N` wins over `step=`). Never throws. */
export function decodeLesson(search: string, hash = ''): LessonUrl {
  const q = new URLSearchParams(search);
  const notices: LessonNotice[] = [];
  const note = (param: string, raw: string, message: LessonNotice['message'], vars?: MessageVars) =>
    notices.push({ param: shown(param), value: shown(raw), message, ...(vars && { vars }) });
  const out: LessonUrl = { step: 1, notices };
  /** The first value of `key`; later repeats are reported and dropped, as on the other pages. */
  const first = (key: string): string | null => {
    const all = q.getAll(key);
    for (const extra of all.slice(1)) note(key, extra, 'urlRepeated');
    return all[0] ?? null;
  };

  const target = HASH.exec(decodeHash(hash));
  const fromQuery = first('step');
  const raw = target ? target[1]! : fromQuery;
  if (raw !== null) {
    const step = parseStep(raw);
    if (step !== null) out.step = step;
    else if (target) note('#', `#step-${raw}`, 'lessonBadHash', { total: STEP_COUNT });
    else note('step', raw, 'lessonBadStep', { total: STEP_COUNT });
  }
  const lang = first('lang');
  if (isLang(lang)) out.lang = lang;
  else if (lang !== null) note('lang', lang, 'urlBadValue', { expected: 'en, zh-CN' });
  const theme = first('theme');
  if (isTheme(theme)) out.theme = theme;
  else if (theme !== null) note('theme', theme, 'urlBadValue', { expected: 'light, dark' });
  for (const key of new Set(q.keys()))
    if (!['view', 'step', 'lang', 'theme'].includes(key))
      note(key, q.get(key) ?? '', 'urlUnknownParam');
  return out;
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/** The query of a step: view and step, then `lang` unless the browser's, `theme` unless system. */
export function lessonSearch(step: number, lang: Lang, theme: Theme, defaultLang: Lang): string {
  const q = new URLSearchParams({ view: LESSON_VIEW, step: String(step) });
  if (lang !== defaultLang) q.set('lang', lang);
  if (theme !== 'system') q.set('theme', theme);
  return `?${q}`;
}
