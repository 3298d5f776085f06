/**
 * The light or dark look of the page around an explorer with `theme="inherit"`, read the way
 * documentation sites mark it, most explicit first: a `data-theme` (Docusaurus, many themes),
 * `data-bs-theme` (Bootstrap) or `data-md-color-scheme` (MkDocs Material: `slate` is dark)
 * attribute or a `dark`/`light` class (VitePress, Tailwind, Hugo themes) on `<html>` or
 * `<body>`; then the root's computed `color-scheme` when it names one scheme; then the
 * lightness of the page's opaque background (a page with no dark mode is light, whatever the
 * system prefers). Null when nothing tells: the caller follows the system then.
 */
export function pageTheme(doc: Document): 'light' | 'dark' | null {
  const els = [doc.documentElement, doc.body].filter(Boolean);
  for (const el of els) {
    const mark =
      el.getAttribute('data-theme') ??
      el.getAttribute('data-bs-theme') ??
      el.getAttribute('data-md-color-scheme');
    if (mark) return /dark|slate|night/i.test(mark) ? 'dark' : 'light';
    if (el.classList.contains('dark')) return 'dark';
    if (el.classList.contains('light')) return 'light';
  }
  const view = doc.defaultView;
  if (!view) return null;
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme?.trim();
  if (scheme === 'dark' || scheme === 'light') return scheme;
  for (const el of [...els].reverse()) {
    const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?/.exec(
      view.getComputedStyle(el).backgroundColor,
    );
    if (!m || (m[4] !== undefined && parseFloat(m[4]) < (m[4].endsWith('%') ? 50 : 0.5))) continue;
    // Rec. 709 luma of the (gamma-encoded) sRGB values: crude, but only its side of 50% counts.
    const luma = 0.2126 * +m[1]! + 0.7152 * +m[2]! + 0.0722 * +m[3]!;
    return luma < 128 ? 'dark' : 'light';
  }
  return null;
}

/** The attributes the page's markers live in (see {@link pageTheme}). */
const WATCHED = ['class', 'style', 'data-theme', 'data-bs-theme', 'data-md-color-scheme'];

/**
 * Calls `onChange` when the page may have switched theme: an attribute above changed on
 * `<html>` or `<body>` (a site's own theme switch), or the system's colour scheme changed (a
 * page that follows it through CSS alone). Returns a function that stops watching.
 */
export function watchPageTheme(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  for (const el of [doc.documentElement, doc.body])
    if (el) observer.observe(el, { attributes: true, attributeFilter: WATCHED });
  const mql = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  mql?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    mql?.removeEventListener('change', onChange);
  };
}
