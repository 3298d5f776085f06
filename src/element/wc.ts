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
import { defaultAppUrl } from '../parts/appUrl';
import { defineActivationExplorer } from './element';

// Does nothing on a server (no customElements), so frameworks may import it while prerendering.
defineActivationExplorer(
  { css: figureCss + exportCss + openFullCss },
  defaultAppUrl(import.meta.url),
);

export { defineActivationExplorer };
export type {
  ActivationExplorerAttributes,
  ActivationExplorerElement,
  ActivationExplorerEvent,
  ControlName,
  ExplorerValue,
  ParamKey,
} from './types';
