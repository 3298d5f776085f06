/**
 * Page-side probe for "first curve painted", installed with `addInitScript` before any page
 * script runs, so it also sees a curve that is prerendered into index.html.
 *
 * Why this and not a paint entry: first-contentful-paint fires for the first text (the header)
 * as well, and Element Timing does not report SVG paths. So a MutationObserver watches for the
 * first curve — an SVG `path[data-testid="plot-curve"]` (the plot's test contract) with a
 * non-empty `d` — and the time is taken after the frame that shows it has been painted: a rAF
 * callback runs just before that frame's style/layout/paint, and a MessageChannel task queued
 * from it runs right after that rendering step (the usual "next paint" approximation, without
 * the up-to-16 ms overshoot of a second rAF). Times are `performance.now()`, i.e. from the start
 * of navigation.
 */
export const FIRST_CURVE_PROBE = `(() => {
  const w = window;
  w.__firstCurve = null;
  let resolve;
  w.__firstCurvePromise = new Promise((r) => { resolve = r; });
  let seen = false;
  const check = () => {
    if (seen) return;
    const curve = document.querySelector('svg path[data-testid="plot-curve"]:not([d=""])[d]');
    if (curve) {
      seen = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { w.__firstCurve = performance.now(); resolve(w.__firstCurve); };
        ch.port2.postMessage(0);
      });
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
