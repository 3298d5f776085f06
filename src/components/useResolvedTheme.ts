import { useSyncExternalStore } from 'react';
import type { Theme } from '../state/explorerStore';

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

const prefersDark = () => media()?.matches ?? false;
/** Unknown on the server and while hydrating its markup: the CSS media query decides there. */
const serverPrefersDark = () => null;

/**
 * The theme actually applied: the chosen one, or for 'system' the user's colour-scheme
 * preference, followed live when it changes (e.g. the OS switches to dark at sunset).
 * Undefined for 'system' in server-rendered markup (and while hydrating it), so that markup
 * carries no `data-theme` and theme.css follows `prefers-color-scheme` before scripts run.
 */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' | undefined {
  const dark = useSyncExternalStore(subscribe, prefersDark, serverPrefersDark);
  if (theme !== 'system') return theme;
  return dark === null ? undefined : dark ? 'dark' : 'light';
}
