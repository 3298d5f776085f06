/**
 * The target of the "Open in Activation Explorer" link, as an author gives it (`app-url`
 * attribute or URL parameter, `appUrl` prop): an http(s) URL, absolute or relative to the page
 * (kept as written, so server and client render the same `href`); `none` or empty hides the
 * link (undefined). Anything else (`javascript:`, `data:`, text that is no URL) is refused
 * (null), so the link never runs script or leaves the web.
 */
/** Longer than any real address; refused without parsing. */
const MAX_LENGTH = 2048;

/** Resolves relative URLs only to check their scheme. */
const SOME_BASE = 'https://base.invalid/';

export function readAppUrl(text: string): string | undefined | null {
  const t = text.trim();
  if (t === '' || t === 'none') return undefined;
  try {
    return t.length <= MAX_LENGTH && /^https?:$/.test(new URL(t, SOME_BASE).protocol) ? t : null;
  } catch {
    return null;
  }
}

/**
 * The element's default link target, from the URL its script was loaded from: the script's
 * folder when it is the published `activation-explorer.js` (which `npm run build` puts beside
 * the app's `index.html`), none when it is a bundler's chunk (`import
 * 'activation-explorer/element'`) or a package file (node_modules, an npm CDN's
 * `activation-explorer@version`), where that folder holds no app.
 */
export function defaultAppUrl(scriptUrl: string): string | undefined {
  const { pathname } = new URL(scriptUrl);
  if (!pathname.endsWith('/activation-explorer.js')) return undefined;
  if (/\/node_modules\/|@/.test(pathname)) return undefined;
  return new URL('./', scriptUrl).href;
}
