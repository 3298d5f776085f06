/**
 * The first frame's model: the URL read with the schema's codec and the plot sampled at its
 * usual width. This module is in the chunk the first frame shares with the app (`pageChunks` in
 * vite.config.ts), which the page links from its head; for a view the build did not prerender,
 * the adoption script marks the root (`data-first-view`) and imports that chunk, so the model is
 * computed while the first frame's own module (paint.ts) is still on its way: a round trip in
 * which the main thread was otherwise idle.
 */
import { browserLanguages } from '../../i18n/browserLanguages';
import { buildPlotModel, type PlotModel } from '../../plot/model';
import { initialFromUrl, type InitialFromUrl } from '../../state/urlSync';
import { PAGE_PLOT_WIDTH } from '../prerendered';

/** The view's state and its plot's model at the usual width. */
export interface Prepared {
  initial: InitialFromUrl['initial'];
  model: PlotModel;
}

/**
 * The model of the view `search` asks for, without the page. Null where the app must lay out
 * the page itself: URL notices (the app shows them above the plot, which would then move).
 */
export function prepareView(search: string, languages: readonly string[]): Prepared | null {
  const { initial, ignored } = initialFromUrl(search, languages);
  return ignored.length > 0 ? null : { initial, model: buildPlotModel(initial, PAGE_PLOT_WIDTH) };
}

let prepared: Prepared | null | undefined;

/** {@link prepareView} for this page's address, once (whichever of main.tsx and paint.ts asks first). */
export function prepareOnce(): Prepared | null {
  if (prepared === undefined) prepared = prepareView(location.search, browserLanguages());
  return prepared;
}

// Where the adoption script asked for a first frame (vite.config.ts): now, not once paint.ts is in.
if (
  typeof document !== 'undefined' &&
  document.getElementById('root')?.hasAttribute('data-first-view')
)
  prepareOnce();
