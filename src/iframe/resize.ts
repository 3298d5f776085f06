/** The message the embed view posts to its parent whenever its content height changes. */
interface ResizeMessage {
  type: 'activation-explorer:resize';
  /** The content's height in CSS pixels (see {@link contentHeight}). */
  height: number;
}

export const RESIZE_MESSAGE_TYPE = 'activation-explorer:resize';

/**
 * The document's content height: `document.documentElement.scrollHeight` while the content
 * overflows the iframe, else the root element's own height. The root's scrollHeight alone is
 * never less than the iframe's viewport, so an iframe sized from it could grow but never
 * shrink back (fewer sliders, the derivative hidden).
 */
function contentHeight(doc: Document): number {
  const root = doc.documentElement;
  if (root.scrollHeight > root.clientHeight) return root.scrollHeight;
  return Math.ceil(root.getBoundingClientRect().height);
}

/**
 * Posts the document's height to the parent window on start and whenever it changes (a
 * ResizeObserver on the root and body), so the embedding page can size the iframe without
 * scrollbars. Does nothing outside an iframe. Returns a function that stops it.
 */
export function startResizePosting(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  const post = () => {
    const height = contentHeight(win.document);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, height };
    // '*': the embed has no secret to protect and cannot know the embedding origin.
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  if (win.document.body) observer.observe(win.document.body);
  post();
  return () => observer.disconnect();
}
