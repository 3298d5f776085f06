import { RESIZE_MESSAGE_TYPE } from './resize';

/** Sanity bounds for a reported height: a hostile or broken frame cannot blow up the page. */
export const AUTOSIZE_MIN_HEIGHT = 120;
export const AUTOSIZE_MAX_HEIGHT = 5000;

/**
 * The host page's side of the embed view's `activation-explorer:resize` messages: sizes the
 * iframe that sent each one to the height it reports. Only the frame whose window posted the
 * message changes; a message of any other shape, or a height that is not a finite number, is
 * ignored, and heights are kept within 120–5000 px.
 *
 * `public/embed/autosize.js` is the same code as a plain script file (served as
 * `embed/autosize.js` beside `embed.html`) for pages that cannot bundle a module; its test runs
 * both against the same cases. Importing this module does nothing by itself, so it is safe in a
 * server-side render: call it in the browser.
 *
 * @returns a function that stops listening
 */
export function autosizeIframes(win: Window = window): () => void {
  const onMessage = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== RESIZE_MESSAGE_TYPE) return;
    const h = data.height;
    if (typeof h !== 'number' || !Number.isFinite(h)) return;
    for (const f of win.document.querySelectorAll('iframe')) {
      if (f.contentWindow !== e.source) continue;
      const px = Math.min(AUTOSIZE_MAX_HEIGHT, Math.max(AUTOSIZE_MIN_HEIGHT, Math.ceil(h)));
      // CSSOM, not a style attribute: allowed under `style-src 'self'`.
      f.style.height = `${px}px`;
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
