/**
 * The export code, loaded on the first press: none of it is needed to show the plot. The web
 * component, one file anyway, swaps this module for a static import (vite.wc.config.ts): a
 * dynamic import inlined into one file costs a lazy-init wrapper around every module behind it.
 */
export const loadExport = () => import('./runExport');
