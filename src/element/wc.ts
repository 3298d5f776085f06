/**
 * Entry of `dist/activation-explorer.js`: registers `<activation-explorer>`. One ES module
 * with React inside; load it with `<script type="module" src=".../activation-explorer.js">`.
 *
 * The styles of what the element shows come in as text (`?inline`) and go into each element's
 * shadow root, never into the host page.
 */
import figureCss from '../styles/figure.css?inline';
import exportCss from '../export/export.css?inline';
import openFullCss from '../parts/open-full.css?inline';
import { defineActivationExplorer } from './element';

defineActivationExplorer(
  { css: figureCss + exportCss + openFullCss },
  new URL(/* @vite-ignore */ './', import.meta.url).href,
);

export { defineActivationExplorer };
export type { ExplorerValue } from '../state/schema';
