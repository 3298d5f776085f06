/**
 * Entry of the lazily loaded demos chunk: `main.tsx` (and the embed view) import it only when
 * the URL names a `view`, so the explorer's first load carries none of this.
 */
import { createRoot } from 'react-dom/client';
import { registerAllLanguages } from '../i18n/allLanguages';
import { registerAllActivations } from '../math/registry';
import { translator } from '../i18n/catalogue';
import { demos as demosSection } from '../i18n/sections/demos';
import type { Lang } from '../i18n/types';
import { browserLanguages } from '../i18n/browserLanguages';
import { detectLang } from '../state/urlRead';
import { DemosApp } from './DemosApp';
import { initialStores } from './initialStores';
import { startDemosUrlSync } from './urlSync';

export interface MountOptions {
  /** The query string (`location.search`); for embeds without `embed` and `controls`. */
  search: string;
  /** The embed view: no header, no address-bar sync. */
  embed?: boolean;
  /** Embedded: the full page's URL, for an "open in Activation Explorer" link. */
  appUrl?: string;
}

/** Renders the demos page (or one demo) into `container`, replacing what is there. */
export function mountDemos(
  container: HTMLElement,
  { search, embed = false, appUrl }: MountOptions,
): void {
  // The demos' chunk ships every language, so their switch needs no wait.
  registerAllLanguages();
  // And every function's math (the demos compare many of them).
  registerAllActivations();
  const defaultLang = detectLang(browserLanguages());
  const { decoded, explorer, demos } = initialStores(search, defaultLang);
  if (!embed) startDemosUrlSync(demos, explorer, { view: decoded.view, defaultLang });

  // The document's language and title follow the language switch.
  const apply = (lang: Lang) => {
    document.documentElement.lang = lang;
    const t = translator(lang, demosSection);
    document.title = t('demoDocTitle', { title: t('demoPageTitle'), app: t('appTitle') });
  };
  apply(explorer.getState().lang);
  explorer.subscribe((s, prev) => {
    if (s.lang !== prev.lang) apply(s.lang);
  });

  container.replaceChildren();
  createRoot(container).render(
    <DemosApp
      explorer={explorer}
      demos={demos}
      view={decoded.view}
      notices={decoded.ignored}
      embed={embed}
      {...(appUrl !== undefined && { appUrl })}
      {...(!embed && { page: { defaultLang } })}
    />,
  );
}
