/**
 * Each step's figure as an author would embed it: the embed view's URL, built by the same
 * functions as the "Embed this view" and "Embed this demo" dialogs, in the lesson's language
 * and theme.
 */
import { encode as encodeDemos } from '../demos/codec';
import { queryString } from '../state/mirrorUrl';
import { defaultSettings } from '../demos/schema';
import { embedUrl } from '../parts/embedDialog/snippets';
import type { Lang } from '../i18n/types';
import { defaultParams, defaultState, type Theme } from '../state/explorerStore';
import type { Figure } from './steps';

/** The embed view, next to the page (`index.html` and `embed.html` share a folder). */
export const EMBED_PAGE = 'embed.html';

/** Initial iframe heights, as the embed dialogs write them; the resize messages then fit them. */
export const FIGURE_HEIGHT = { explorer: 520, demo: 900 } as const;

export function figureUrl(figure: Figure, lang: Lang, theme: Theme, page = EMBED_PAGE): string {
  if (figure.kind === 'explorer') {
    const base = defaultState(lang);
    const fn = figure.state.fn ?? base.fn;
    const state = {
      ...base,
      ...figure.state,
      params: { ...defaultParams(fn), ...figure.state.params },
      theme,
    };
    return embedUrl(state, page, figure.controls);
  }
  // As the demo's own embed dialog writes it (demos/links.ts `portableQuery`): the view, its
  // non-default settings, then always the language, then the theme when it is not `system`.
  const settings = defaultSettings();
  Object.assign(settings[figure.demo], figure.settings);
  const q = encodeDemos({ view: figure.demo, settings, lang, theme });
  q.delete('theme');
  q.set('lang', lang);
  if (theme !== 'system') q.set('theme', theme);
  return `${page}?${queryString(q)}`;
}
