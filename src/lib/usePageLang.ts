import { useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/types';
import { parseLang } from '../state/schema';
import { browserLanguages } from '../i18n/browserLanguages';
import { detectLang } from '../state/urlRead';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

/** The page's `<html lang>`, else the browser's language. */
const pageLang = (): Lang =>
  parseLang(document.documentElement.lang) ?? detectLang(browserLanguages());

/** Nothing on the server, and while hydrating: the first client render matches its markup. */
const onServer = (): null => null;

/**
 * The language of the page around the component, followed when the page changes it (a site's
 * language switch): `<html lang>`, else the browser's. Null on the server and during
 * hydration, so that server and client render the same first HTML; the component takes the
 * language from the page after that.
 */
export function usePageLang(): Lang | null {
  return useSyncExternalStore(subscribe, pageLang, onServer);
}
