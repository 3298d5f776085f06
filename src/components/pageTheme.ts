/**
 * The light or dark look of the page around an explorer with `theme="inherit"`, read the way
 * sites mark it, most explicit first: a `data-theme` (Docusaurus, many themes) or
 * `data-md-color-scheme` (MkDocs Material: `slate` is dark) attribute or a
 * `dark`/`light` class (VitePress, Tailwind, Hugo themes) on `<html>` or `<body>`; then the
 * lightness of the page's opaque background, so that a page with no dark mode is light
 * whatever the system prefers. Null when nothing tells: the caller follows the system then.
 */
export function pageTheme(doc: Document): 'light' | 'dark' | null {
  const els = [doc.documentElement, doc.body].filter(Boolean);
  for (const el of els) {
    const mark =
      el.getAttribute('data-theme') ??
      el.getAttribute('data-md-color-scheme') ??
      /\b(dark|light)\b/.exec(el.className)?.[0];
    if (mark) return /dark|slate/i.test(mark) ? 'dark' : 'light';
  }
  for (const el of els.reverse()) {
    // `rgb(r, g, b)` or `rgba(r, g, b, a)`, as browsers compute sRGB colours.
    const bg = getComputedStyle(el).backgroundColor;
    const [r, g, b, a = 1] = bg.startsWith('rgb') ? bg.match(/[\d.]+/g)!.map(Number) : [];
    // Rec. 709 luma of the gamma-encoded values: crude, but only its side of the middle counts.
    if (b !== undefined && a > 0.5)
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return null;
}

/**
 * Calls `onChange` when the page may have switched theme: an attribute changed on `<html>` or
 * `<body>` (a site's own theme switch), or the system's colour scheme changed (a page that
 * follows it through CSS alone). Returns a function that stops watching.
 */
export function watchPageTheme(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  for (const el of [doc.documentElement, doc.body])
    if (el) observer.observe(el, { attributes: true });
  const mql = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  mql?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    mql?.removeEventListener('change', onChange);
  };
}
