// Kept apart from prerendered.ts (which imports the store and the URL codec) because the page's
// tiny entry, src/main.tsx, needs it too.

/**
 * Whether to put the prerendered markup on screen before any module loads: no query at all,
 * and a browser whose first supported language is English (as `detectLang` decides). The
 * build's adoption script is made from this function's source, so it must use nothing but its
 * arguments and built-ins. Erring either way is safe: unneeded markup is replaced by a fresh
 * render, missing markup just means no head start.
 */
export function prerenderApplies(search: string, languages: readonly string[]): boolean {
  if (search.length > 1) return false;
  for (const tag of languages) {
    const t = tag.toLowerCase();
    if (t === 'zh' || t.startsWith('zh-')) return false;
    if (t === 'en' || t.startsWith('en-')) return true;
  }
  return true;
}

/**
 * Whether an explorer view that is not prerendered starts dark: `theme=dark`, or no valid theme
 * and a dark system. The adoption script (made from this source too, so built-ins only) marks
 * `<html>` with it, so the blank frames before the first-frame module paints are dark already
 * (page.css). The demos and the lesson (`view=…`) are left alone.
 */
export function startsDark(search: string, systemDark: boolean): boolean {
  const q = new URLSearchParams(search);
  if (q.has('view')) return false;
  const theme = q.get('theme');
  return theme === 'dark' || (theme !== 'light' && systemDark);
}
