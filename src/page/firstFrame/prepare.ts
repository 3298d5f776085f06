/**
 * The first frame's model: the URL read with the schema's codec and the plot sampled at its
 * usual width. This module is in the first frame's math chunk (`pageChunks` in vite.config.ts,
 * with the math of every function); for a view the build did not prerender, the adoption script
 * marks the root (`data-first-view`) and imports that chunk alongside the first frame's own
 * module (paint.ts), so the model is computed as soon as the math is in, not once paint.ts is.
 */
import { browserLanguages } from '../../i18n/browserLanguages';
import { registerAllActivations } from '../../math/registry';
import { buildPlotModel, type PlotModel } from '../../plot/model';
import { initialFromUrl, type InitialFromUrl } from '../../state/urlRead';
import { PAGE_PLOT_WIDTH } from '../prerendered';

/** The view's state and its plot's model at the usual width. */
export interface Prepared {
  initial: InitialFromUrl['initial'];
  model: PlotModel;
}

let prepared: Prepared | null | undefined;

/**
 * The model of the view this page's address asks for, once (whichever of this module and
 * paint.ts asks first). Null where the app must lay out the page itself: URL notices (the app
 * shows them above the plot, which would then move).
 */
export function prepareOnce(): Prepared | null {
  if (prepared === undefined) {
    // A shared link may show any function: the first frame's math chunk has them all (the app
    // loads them only once interactive), and the app finds them registered here.
    registerAllActivations();
    const { initial, ignored } = initialFromUrl(location.search, browserLanguages());
    prepared =
      ignored.length > 0 ? null : { initial, model: buildPlotModel(initial, PAGE_PLOT_WIDTH) };
  }
  return prepared;
}

// Where the adoption script asked for a first frame (vite.config.ts): now, not once paint.ts is
// in. (Only the page's first frame imports this module, in a browser.)
if (document.getElementById('root')?.hasAttribute('data-first-view')) prepareOnce();
