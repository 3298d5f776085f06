/**
 * Entry of the lazily loaded lesson chunk: `page/start.tsx` imports it only for `?view=lesson`,
 * so the explorer's first load carries none of this (nor the lesson's strings).
 */
import { createRoot } from 'react-dom/client';
import { registerAllLanguages } from '../i18n/allLanguages';
import { registerAllActivations } from '../math/registry';
import { format } from '../i18n/catalogue';
import type { Lang } from '../i18n/types';
import { createExplorerStore, defaultState } from '../state/explorerStore';
import { browserLanguages } from '../i18n/browserLanguages';
import { detectLang } from '../state/urlRead';
import { formatLesson } from './i18n';
import { LessonApp } from './LessonApp';
import { decodeLesson } from './url';

/** Renders the lesson into `container`, replacing what is there. */
export function mountLesson(container: HTMLElement, search: string, hash: string): void {
  // The lesson's chunk ships every language, so its switch needs no wait.
  registerAllLanguages();
  // And every function's math (its figures show several).
  registerAllActivations();
  const defaultLang = detectLang(browserLanguages());
  const decoded = decodeLesson(search, hash);
  const explorer = createExplorerStore({
    ...defaultState(defaultLang),
    ...(decoded.lang && { lang: decoded.lang }),
    ...(decoded.theme && { theme: decoded.theme }),
  });

  // The document's language and title follow the language switch.
  const apply = (lang: Lang) => {
    document.documentElement.lang = lang;
    document.title = formatLesson(lang, 'lessonDocTitle', {
      title: formatLesson(lang, 'lessonTitle'),
      app: format(lang, 'appTitle'),
    });
  };
  apply(explorer.getState().lang);
  explorer.subscribe((s, prev) => {
    if (s.lang !== prev.lang) apply(s.lang);
  });

  container.replaceChildren();
  createRoot(container).render(
    <LessonApp explorer={explorer} decoded={decoded} defaultLang={defaultLang} />,
  );
}
