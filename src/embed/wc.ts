/**
 * Entry of `dist/activation-explorer.js`: registers `<activation-explorer>`. One ES module
 * with React inside; load it with `<script type="module" src=".../activation-explorer.js">`.
 *
 * The stylesheets are imported for their side effect only so that the build collects them;
 * vite.wc.config.ts moves the collected CSS into this module (in place of `WC_CSS`), so it
 * lands in each element's shadow root and never in the host page.
 */
import '../styles/theme.css';
import '../styles/explorer.css';
import { defineActivationExplorer } from './element';

/** Replaced at build time by the bundle's CSS (see vite.wc.config.ts). */
const WC_CSS = '/*__AE_WC_CSS__*/';

defineActivationExplorer({ css: WC_CSS }, new URL(/* @vite-ignore */ './', import.meta.url).href);

export { defineActivationExplorer };
export type { ExplorerValue } from './value';
