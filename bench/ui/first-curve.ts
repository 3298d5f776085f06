/**
 * Page-side probe for "the first frame on screen that shows a curve", installed with
 * `addInitScript` before any page script runs, so it also sees a curve that is prerendered into
 * index.html.
 *
 * How it is measured. A MutationObserver notes `inDom`, the time the first curve — an SVG
 * `path[data-testid="plot-curve"]` (the plot's test contract) with a non-empty `d` — is in the
 * document (its callback runs right after the inserting script or parser step, before any frame
 * could paint it). Paint Timing then gives, for first-contentful-paint, both when the frame was
 * painted (`paintTime`) and when it was presented on screen (`presentationTime`). If the curve
 * was in the DOM at that paint, that first frame shows it, and the answer is its presentation
 * time — what a user sees, measured by the browser, with nothing of ours in the way. Element
 * Timing would be more direct but does not report SVG paths.
 *
 * Only if the curve arrives after the first contentful frame (nothing on our pages does that
 * today) is there no paint entry for its frame; the probe then reports `frame-end`: a
 * `requestAnimationFrame` callback runs in the rendering step that paints the curve, and a
 * user-blocking task posted from it runs right after that step, ahead of queued page work. That
 * is the main thread's end of the frame, a little before presentation. `method` says which one
 * a load used, and the report says so.
 *
 * Times are `performance.now()`, i.e. milliseconds from the start of navigation.
 */
export const FIRST_CURVE_PROBE = `(() => {
  const w = window;
  let resolve;
  w.__firstCurvePromise = new Promise((r) => { resolve = r; });
  const fcpEntry = new Promise((r) => {
    new PerformanceObserver((list, obs) => {
      const e = list.getEntriesByName('first-contentful-paint')[0];
      if (e) { obs.disconnect(); r(e); }
    }).observe({ type: 'paint', buffered: true });
  });
  let inDom = -1;
  const check = () => {
    if (inDom >= 0 || !document.querySelector('svg path[data-testid="plot-curve"]:not([d=""])[d]')) return;
    inDom = performance.now();
    observer.disconnect();
    const frameEnd = new Promise((r) => requestAnimationFrame(() =>
      scheduler.postTask(() => r(performance.now()), { priority: 'user-blocking' })));
    Promise.all([fcpEntry, frameEnd]).then(([fcp, end]) => {
      const painted = typeof fcp.paintTime === 'number' && fcp.paintTime >= inDom;
      resolve(painted
        ? { time: fcp.presentationTime ?? fcp.startTime, method: 'fcp', inDom }
        : { time: end, method: 'frame-end', inDom });
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
})();`;

/** What the probe reports for one load. */
export interface FirstCurve {
  /** ms from navigation start until the first frame showing the curve was on screen. */
  time: number;
  /** `fcp`: presentation time of the first contentful frame, which held the curve; see above. */
  method: 'fcp' | 'frame-end';
  /** ms from navigation start until the curve was in the document. */
  inDom: number;
}

declare global {
  interface Window {
    /** Resolves once the first frame with a curve has been painted; no polling on the page. */
    __firstCurvePromise: Promise<FirstCurve>;
  }
}
