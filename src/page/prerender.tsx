/**
 * Build-time only (`prerender` in vite.config.ts loads it in Node): the markup of the
 * prerendered view. Never part of the browser bundle.
 */
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
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
 * The page's markup for {@link prerenderedState}, lazy parts (the explanations) included.
 * Two passes: `prerenderToNodeStream` waits for every lazy component to load, after which
 * `renderToString` emits each Suspense boundary complete and in place — plain markup that
 * hydrates as is, without the streaming renderer's inline scripts.
 */
export async function renderPrerenderedView(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(page());
  prelude.resume();
  const html = renderToString(page());
  // A boundary still on its fallback (`<!--$!-->`, `<!--$?-->`) would be rendered on the client
  // instead, and reported as a recoverable error: refuse to ship that.
  if (/<!--\$[!?]-->/.test(html)) throw new Error('prerender: a Suspense boundary did not resolve');
  return html;
}
