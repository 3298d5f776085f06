import { useSyncExternalStore } from 'react';
import type { Theme } from '../state/explorerStore';
import { pageTheme, watchPageTheme } from './pageTheme';

const QUERY = '(prefers-color-scheme: dark)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const mql = media();
  if (!mql) return () => {};
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

const system = () => (media()?.matches ? 'dark' : 'light');
// Never called on a server: React takes the server snapshot there.
const subscribePage = (onChange: () => void) => watchPageTheme(document, onChange);
const page = () => pageTheme(document) ?? system();
/** Unknown on the server and while hydrating its markup: the CSS media query decides there. */
const unknown = () => undefined;

/**
 * The theme actually applied: the chosen one; for 'system' the user's colour-scheme
 * preference, followed live when it changes (e.g. the OS switches to dark at sunset); for
 * 'inherit' the page's own light or dark look (see pageTheme.ts), followed when the site's
 * switch changes it, or the system's when the page says nothing. Undefined for 'system' and
 * 'inherit' in server-rendered markup (and while hydrating it), so that markup carries no
 * `data-theme` and theme.css follows `prefers-color-scheme` before scripts run.
 */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' | undefined {
  const inherit = theme === 'inherit';
  const resolved = useSyncExternalStore(
    inherit ? subscribePage : subscribe,
    inherit ? page : system,
    unknown,
  );
  return theme === 'light' || theme === 'dark' ? theme : resolved;
}
