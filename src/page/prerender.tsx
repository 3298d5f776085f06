/**
 * Build-time only (`prerender` in vite.config.ts loads it in Node): the markup of the
 * prerendered view. Never part of the browser bundle.
 */
import { renderToString } from 'react-dom/server';
import { createExplorerStore } from '../state/explorerStore';
import { ExplorerPage } from './ExplorerPage';
import { PAGE_PLOT_WIDTH, prerenderedState } from './prerendered';

const page = () => (
  <ExplorerPage
    store={createExplorerStore(prerenderedState())}
    notices={[]}
    initialPlotWidth={PAGE_PLOT_WIDTH}
  />
);

/**
 * The page's markup for {@link prerenderedState}: plain markup that hydrates as is. Nothing in
 * it is lazy (the explanations are a placeholder until the page is interactive, see WhenNear).
 */
export function renderPrerenderedView(): string {
  const html = renderToString(page());
  // A Suspense boundary on its fallback (`<!--$!-->`, `<!--$?-->`) would be rendered on the
  // client instead, and reported as a recoverable error: refuse to ship that.
  if (/<!--\$[!?]-->/.test(html)) throw new Error('prerender: a Suspense boundary did not resolve');
  return html;
}
