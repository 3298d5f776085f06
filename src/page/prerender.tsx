/**
 * Build-time only (`prerender` in vite.config.ts loads it in Node): the markup of the
 * prerendered view. Never part of the browser bundle.
 */
import { renderToString } from 'react-dom/server';
import { registerAllLanguages } from '../i18n/allLanguages';
import { registerAllActivations } from '../math/registry';
import type { Lang } from '../i18n/types';
import { Header } from '../parts/Header';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore, defaultState } from '../state/explorerStore';
import { preloadPageParts } from './deferredParts';
import { ExplorerPage } from './ExplorerPage';
import { PAGE_PLOT_WIDTH, prerenderedState } from './prerendered';

// Build time: the Chinese title bar's template is rendered here too.
registerAllLanguages();
// And every function's math, which the parts rendered below may name.
registerAllActivations();
// The parts the page loads once interactive are rendered into the markup, to be hydrated then.
await preloadPageParts();

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

/**
 * The page's title bar in `lang` (the default view's is in English): the first frame of a view
 * in another language (src/page/firstFrame) puts it in place of the prerendered one.
 */
export function renderPrerenderedHeader(lang: Lang): string {
  return renderToString(
    <ExplorerProvider store={createExplorerStore(defaultState(lang))}>
      <Header level={1} />
    </ExplorerProvider>,
  );
}
