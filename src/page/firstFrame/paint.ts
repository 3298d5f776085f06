/**
 * The first frame of any explorer view the build did not prerender (a shared link, a Chinese
 * browser): src/main.tsx runs this as soon as the page is parsed, before the app's JavaScript
 * (React, the controls, the explanations) has loaded. It reads the URL with the schema's codec,
 * builds the plot model with the pure plot and math modules and paints the plot into the
 * prerendered page's plot slot, so the curve is on screen about as soon as the default view's.
 * The app then renders the same view over it (src/page/start.tsx).
 *
 * Everything above the plot is the prerendered markup (its header, in the view's language from
 * a prerendered template), so the plot sits in the very box the app will give it. What would
 * show the wrong view until the app runs (the controls, ReLU's readout) is hidden meanwhile
 * (`#root[data-first-view]`, page.css) or not drawn.
 */
import { contentWidth } from '../../components/plot/contentWidth';
import { fill, translator, type Translate } from '../../i18n/catalogue';
import { plotZh } from '../../i18n/sections/plot.zh';
import type { Lang } from '../../i18n/types';
import { buildPlotModel } from '../../plot/model';
import { initialFromUrl } from '../../state/urlSync';
import { PAGE_PLOT_WIDTH } from '../prerendered';
import { plotMarkup } from './plotMarkup';

/** Ids of the build's templates (vite.config.ts): the default view, and its header by language. */
export const PRERENDERED_ID = 'ae-prerendered';
export const headerTemplateId = (lang: string) => `ae-header-${lang}`;

/** Prefix of the first frame's clip-path ids (the app's own come from useId). */
const UID = 'ae-first';

/**
 * Paints the first frame of the view `search` asks for into `#root`. Returns false, leaving the
 * page as it was, where the app must lay out the page itself: no prerendered markup, or URL
 * notices (the app shows them above the plot, which would then move).
 */
export function paintFirstFrame(search: string, languages: readonly string[]): boolean {
  const root = document.getElementById('root');
  const template = document.getElementById(PRERENDERED_ID);
  if (!root || !(template instanceof HTMLTemplateElement)) return false;
  const { initial, ignored } = initialFromUrl(search, languages);
  if (ignored.length > 0) return false;

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
  const frame = plot?.querySelector('.ae-plot-frame');
  if (!figure || !plot || !(frame instanceof HTMLElement)) return false;
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

  // The default view's plot goes before the page is laid out for the measurement below; only
  // its frame stays, empty, to be measured.
  frame.replaceChildren();
  plot.replaceChildren(frame);
  root.setAttribute('data-first-view', '');
  root.replaceChildren(view);
  template.remove();
  // The plot's width as the app will measure it (useElementWidth on the plot's frame, which
  // keeps a box where a narrow layout flattens the plot's own), read once the page is laid out.
  const width = Math.round(contentWidth(frame));
  const model = buildPlotModel(initial, width > 0 ? width : PAGE_PLOT_WIDTH);
  plot.innerHTML = plotMarkup(model, UID, plotTranslator(lang));
  return true;
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
