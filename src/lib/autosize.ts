/**
 * `activation-explorer/autosize`: the host page's side of the iframe embed's resize messages,
 * for bundled sites (VitePress, Docusaurus client modules, Astro, Next.js). No React, no side
 * effect on import: call `autosizeIframes()` once in the browser.
 */
export { autosizeIframes } from '../iframe/autosize';
