/**
 * The view that `npm run build` prerenders into index.html (`prerender` in vite.config.ts):
 * the page with no query in an English browser, i.e. ReLU over [−5, 5] with f′, system theme.
 * Imported by the first-load bundle, so it stays small.
 */
import { defaultState, type ExplorerState } from '../state/defaults';
import { encode, type Notice } from '../state/urlCodec';

/**
 * Width of the prerendered plot, and the page's first guess for any view: what `.ae-plot`
 * measures in a 1280 px wide window, so there the plot's measurement at mount changes nothing
 * (elsewhere it costs one re-render, before the first frame).
 */
export const PAGE_PLOT_WIDTH = 836;

/** The state the prerendered markup shows. */
export function prerenderedState(): ExplorerState {
  return defaultState('en');
}

/**
 * Whether a page starting from `state` (with these URL notices) renders exactly the
 * prerendered markup, so it can hydrate it instead of rendering afresh.
 */
export function showsPrerenderedView(state: ExplorerState, notices: readonly Notice[]): boolean {
  return notices.length === 0 && encode(state, prerenderedState()).toString() === '';
}

export { prerenderApplies, startsDark } from './applies';
