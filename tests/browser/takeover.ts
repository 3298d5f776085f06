// When the app has taken over the page (hydrated the prerendered view or rendered its own):
// it then sets data-theme on the explorer's root. Used by the browser tests and bench:ui.

/** An init script (page.addInitScript) that stores that moment in `window.__takenOver`. */
export const TAKEN_OVER_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.ae-root[data-theme]')) return;
    window.__takenOver = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-theme'] });
})();`;

declare global {
  interface Window {
    /** ms from navigation start until the app had taken over the page; unset before. */
    __takenOver?: number;
  }
}
