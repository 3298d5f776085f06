// Each step's figure is the embed an author would paste: its URL decodes, with no notice, through
// the very codecs the embed view runs (the explorer's, after `controls`; the demos').
import { describe, expect, it } from 'vitest';
import { decode as decodeDemos } from '../demos/codec';
import { embedUrl } from '../parts/embedDialog/snippets';
import { parseControls } from '../components/controls';
import { decode as decodeExplorer } from '../state/urlCodec';
import { defaultState } from '../state/explorerStore';
import { EMBED_PAGE, figureUrl } from './figureUrl';
import { FIGURES, STEP_IDS } from './steps';

const settings = [
  ['en', 'system'],
  ['zh-CN', 'dark'],
  ['en', 'light'],
] as const;

describe('figureUrl', () => {
  it.each(settings)('every step’s figure decodes without notices (%s, %s)', (lang, theme) => {
    for (const id of STEP_IDS) {
      const src = figureUrl(FIGURES[id], lang, theme);
      const url = new URL(src, 'https://example.org/ae/');
      expect(url.pathname, id).toBe(`/ae/${EMBED_PAGE}`);
      const q = url.searchParams;
      expect(q.get('lang'), id).toBe(lang);
      expect(q.get('theme'), id).toBe(theme === 'system' ? null : theme);
      const fig = FIGURES[id];
      if (fig.kind === 'explorer') {
        // As src/embed/main.tsx reads it: `controls` first, then the explorer's own vocabulary.
        expect(q.get('view'), id).toBeNull();
        expect(parseControls(q.get('controls')).ignored, id).toEqual([]);
        q.delete('controls');
        const { state, ignored } = decodeExplorer(q);
        expect(ignored, id).toEqual([]);
        const shown = { ...defaultState(lang), ...state };
        expect(shown.fn, id).toBe(fig.state.fn ?? 'relu');
        expect(shown.showDerivative, id).toBe(fig.state.showDerivative ?? true);
      } else {
        const decoded = decodeDemos(q);
        expect(decoded.ignored, id).toEqual([]);
        expect(decoded.view, id).toBe(fig.demo);
        expect(decoded.settings[fig.demo], id).toMatchObject(fig.settings);
      }
    }
  });

  it('writes an explorer figure exactly as the embed dialog does', () => {
    const fig = FIGURES.variants;
    if (fig.kind !== 'explorer') throw new Error('variants is an explorer figure');
    const state = {
      ...defaultState('zh-CN'),
      fn: 'leaky_relu',
      params: { alpha: 0.1 },
      cmp: ['relu', 'elu'],
      range: [-3, 3] as [number, number],
      theme: 'dark' as const,
    };
    expect(figureUrl(fig, 'zh-CN', 'dark')).toBe(embedUrl(state, EMBED_PAGE, 'alpha'));
    expect(figureUrl(fig, 'zh-CN', 'dark')).toBe(
      'embed.html?fn=leaky_relu&alpha=0.1&xmin=-3&xmax=3&cmp=relu,elu&lang=zh-CN&theme=dark&controls=alpha',
    );
  });

  it('writes the dying preset with the demo’s own URL keys', () => {
    expect(figureUrl(FIGURES.dying, 'en', 'system')).toBe(
      'embed.html?view=dying&dying.units=8&dying.shift=-3&lang=en',
    );
    const { settings: s } = decodeDemos(
      new URLSearchParams('view=dying&dying.units=8&dying.shift=-3'),
    );
    expect([s.dying.units, s.dying.shift]).toEqual([8, -3]);
  });
});
