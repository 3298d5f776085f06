/**
 * Page-side probe for "first curve painted", installed with `addInitScript` before any page
 * script runs, so it also sees a curve that is prerendered into index.html.
 *
 * Why this and not a paint entry: first-contentful-paint fires for the first text (the header)
 * as well, and Element Timing does not report SVG paths. So a MutationObserver watches for the
 * first `svg path` that is a curve (a `d` with many line segments, which icons and axis lines
 * never have), and from there the time is taken after the frame that shows it has been painted:
 * a rAF callback runs just before that frame's style/layout/paint, and a MessageChannel task
 * queued from it runs right after that rendering step — the usual "next paint" approximation,
 * without the up-to-16 ms overshoot of a second rAF. Times are `performance.now()`, i.e. from
 * the start of navigation.
 */
export const FIRST_CURVE_PROBE = `(() => {
  const w = window;
  w.__firstCurve = null;
  let resolve;
  w.__firstCurvePromise = new Promise((r) => { resolve = r; });
  const MIN_SEGMENTS = 16;
  const isCurve = (p) => (p.getAttribute('d') || '').split('L').length > MIN_SEGMENTS;
  let seen = false;
  const check = () => {
    if (seen) return;
    const paths = document.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'path');
    for (const p of paths) {
      if (!isCurve(p)) continue;
      seen = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { w.__firstCurve = performance.now(); resolve(w.__firstCurve); };
        ch.port2.postMessage(0);
      });
      return;
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
})();`;

declare global {
  interface Window {
    /** performance.now() when the first curve was painted, or null before. */
    __firstCurve: number | null;
    /** Resolves with __firstCurve once it is set; awaiting it adds no polling to the page. */
    __firstCurvePromise: Promise<number>;
  }
}
