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

/**
 * The theme actually applied: the chosen one, or for 'system' the user's colour-scheme
 * preference, followed live when it changes (e.g. the OS switches to dark at sunset).
 */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  return theme === 'system' ? (dark ? 'dark' : 'light') : theme;
}
