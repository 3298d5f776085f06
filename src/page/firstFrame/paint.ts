/**
 * The first frame of any explorer view the build did not prerender (a shared link, a Chinese
 * browser): src/main.tsx runs this as soon as it has loaded, before the app's JavaScript
 * (React, the controls, the explanations) has loaded. It reads the URL with the schema's codec and
 * builds the plot model with the pure plot and math modules, and once the page is parsed paints
 * the plot into the prerendered page's plot slot, so the curve is on screen about as soon as the default view's.
 * The app then renders the same view over it (src/page/start.tsx).
 *
 * Everything above the plot is the prerendered markup (its header, in the view's language from
 * a prerendered template), so the plot sits in the very box the app will give it. What would
 * show the wrong view until the app runs (the controls, ReLU's readout) is hidden meanwhile
 * (`#root[data-first-view]`, page.css) or not drawn.
 */
import { contentWidth } from '../../components/plot/contentWidth';
import { browserLanguages } from '../../i18n/browserLanguages';
import { fill, translator, type Translate } from '../../i18n/catalogue';
import { plotZh } from '../../i18n/sections/plot.zh';
import type { Lang } from '../../i18n/types';
import { registerAllActivations } from '../../math/registry';
import { buildPlotModel, type PlotModel } from '../../plot/model';
import { initialFromUrl, type InitialFromUrl } from '../../state/urlRead';
import { PAGE_PLOT_WIDTH } from '../prerendered';
import { plotMarkup } from './plotMarkup';

/** Ids of the build's templates (vite.config.ts): the default view, and its header by language. */
export const PRERENDERED_ID = 'ae-prerendered';
export const headerTemplateId = (lang: string) => `ae-header-${lang}`;

/** Prefix of the first frame's clip-path ids (the app's own come from useId). */
const UID = 'ae-first';

/** What the first frame draws: the view's state and its plot's markup at the usual width. */
export interface FirstFrame {
  initial: InitialFromUrl['initial'];
  model: PlotModel;
  markup: string;
  t: Translate;
}

/**
 * The first frame of the view `search` asks for, computed without the page: the URL read, the
 * plot sampled and its markup built at the width the plot has in the usual window. src/main.tsx
 * runs this as soon as the module has loaded, while the page may still be parsing, so that this
 * work does not wait for the end of parsing. Null where the app must lay out the page itself:
 * URL notices (the app shows them above the plot, which would then move).
 */
export function prepareFirstFrame(search: string, languages: readonly string[]): FirstFrame | null {
  // A shared link may show any function: this module ships the math of all (the app loads it
  // only once interactive), and the app finds it here.
  registerAllActivations();
  const { initial, ignored } = initialFromUrl(search, languages);
  if (ignored.length > 0) return null;
  const t = plotTranslator(initial.lang);
  const model = buildPlotModel(initial, PAGE_PLOT_WIDTH);
  return { initial, model, markup: plotMarkup(model, UID, t), t };
}

/**
 * Paints `frame` into `#root`, once the page is parsed. Returns false, leaving the page as it
 * was, where the app must lay out the page itself: no prerendered markup, or no frame (see
 * {@link prepareFirstFrame}).
 */
export function paintFirstFrame(frame: FirstFrame | null): boolean {
  const root = document.getElementById('root');
  const template = document.getElementById(PRERENDERED_ID);
  if (!frame || !root || !(template instanceof HTMLTemplateElement)) return false;
  const { initial, t } = frame;
  const { lang } = initial;
  const theme =
    initial.theme !== 'system'
      ? initial.theme
      : matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light';
  const view = template.content;
  const figure = view.querySelector('.ae-root');
  const plot = view.querySelector('.ae-plot');
  if (!figure || !plot?.querySelector('.ae-plot-frame')) return false;
  // Language and theme before the first paint: `data-theme` stays the app's (it marks the page
  // as taken over), `data-first-theme` picks the same colours meanwhile (theme.css).
  document.documentElement.lang = lang;
  figure.setAttribute('lang', lang);
  figure.setAttribute('data-first-theme', theme);
  const header = document.getElementById(headerTemplateId(lang));
  if (header instanceof HTMLTemplateElement)
    view.querySelector('.ae-header')?.replaceWith(header.content.cloneNode(true));
  for (const select of view.querySelectorAll('.ae-header select'))
    for (const value of [lang, initial.theme])
      if (select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === value))
        select.value = value;
  // The title bar's links to the demos and the lesson keep the view's theme, as the app's do
  // (parts/Header.tsx): a reader may follow one before the app has taken over.
  if (initial.theme !== 'system')
    for (const a of view.querySelectorAll<HTMLAnchorElement>('.ae-header a[href^="?view="]'))
      a.setAttribute('href', `${a.getAttribute('href')}&theme=${initial.theme}`);

  // The plot at the usual width goes in before the page is laid out, so that the one layout
  // the width measurement below forces is also the first frame's: measured on an empty plot
  // frame, the page was laid out twice before its first paint. The plot's SVG takes its frame's
  // width (max-width, page.css), so what it holds does not change the width measured.
  plot.innerHTML = frame.markup;
  root.setAttribute('data-first-view', '');
  root.replaceChildren(view);
  template.remove();
  // The plot's width as the app will measure it (useElementWidth on the plot's frame, which
  // keeps a box where a narrow layout flattens the plot's own); in another window than the one
  // the guess is for, the plot is drawn again at that width, still before the first paint.
  const drawn = plot.querySelector('.ae-plot-frame');
  const width = drawn instanceof HTMLElement ? Math.round(contentWidth(drawn)) : 0;
  if (width > 0 && width !== PAGE_PLOT_WIDTH) {
    plot.innerHTML = plotMarkup(buildPlotModel(initial, width, frame.model), UID, t);
  }
  return true;
}

let prepared: FirstFrame | null | undefined;
let shown: boolean | undefined;

/**
 * {@link prepareFirstFrame} for this page's address, once: src/main.tsx asks as soon as this
 * module has loaded, which may be before the page is parsed.
 */
export function prepareOnce(): FirstFrame | null {
  if (prepared === undefined) prepared = prepareFirstFrame(location.search, browserLanguages());
  return prepared;
}

/**
 * Paints this page's first frame, once, and says whether it did (false: the app must lay out
 * the page itself, or the frame could not be computed). Two callers, whichever comes first:
 * the build's adoption script, which imports this module right after the templates it reads
 * are parsed (vite.config.ts), and src/main.tsx once the page is parsed. The first is why: it
 * no longer waits for the end of parsing and for the entry module, an async script that runs
 * after both. After the app has started (it removes the templates) it paints nothing.
 */
export function showFirstFrame(): boolean {
  if (shown === undefined) {
    try {
      shown = paintFirstFrame(prepareOnce());
    } catch {
      shown = false;
    }
  }
  return shown;
}

/**
 * The plot's strings in `lang`. Their Chinese ships with this module: the first frame of a
 * Chinese view is painted before the language's chunk (src/i18n/languages.ts) could load.
 */
function plotTranslator(lang: Lang): Translate {
  const t = translator(lang);
  return (key, vars) =>
    lang === 'zh-CN' && Object.hasOwn(plotZh, key)
      ? fill(plotZh[key as keyof typeof plotZh], vars)
      : t(key, vars);
}
