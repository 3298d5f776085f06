// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { format, type MessageKey, type MessageVars } from '../i18n/catalogue';
import type { Lang } from '../i18n/types';
import { buildPlotModel, type PlotInput } from '../plot/model';
import { curvePath } from '../plot/path';
import { buildStandaloneSvg, LEGEND_ROW } from './svg';
import { exportTheme, THEME_COLOURS, THEME_FONTS } from './theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

const input: PlotInput = {
  fn: 'leaky_relu',
  params: { alpha: 0.1 },
  range: [-3, 3],
  cmp: ['relu'],
  showDerivative: true,
  showDifference: false,
};

function build(
  over: Partial<PlotInput> = {},
  lang: Lang = 'en',
  theme: 'light' | 'dark' = 'light',
) {
  const model = buildPlotModel({ ...input, ...over }, 640);
  const t = (key: MessageKey, vars?: MessageVars) => format(lang, key, vars);
  const out = buildStandaloneSvg(model, {
    t,
    theme: exportTheme(theme, lang),
    title: 'Leaky ReLU',
  });
  return { model, out, doc: parse(out.text) };
}

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** The nested `<svg>` holding the panels (the last child of the root). */
const plotOf = (doc: Document) =>
  [...doc.documentElement.children].filter((c) => c.localName === 'svg').at(-1)!;
const texts = (root: Element) => [...root.querySelectorAll('text')].map((t) => t.textContent);

describe('buildStandaloneSvg', () => {
  it('is a standalone SVG: namespace, size, title; no class, custom property, script or data', () => {
    const { model, out, doc } = build();
    expect(out.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    for (const bad of ['var(', 'class=', 'style=', 'data-', 'tabindex', '<script', 'foreignObject'])
      expect(out.text).not.toContain(bad);
    expect(out.text).not.toMatch(/\son\w+=/);
    expect(out.text).not.toMatch(/href=|url\((?!#)/);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe(String(model.geometry.layout.width));
    expect(root.querySelector('title')?.textContent).toBe('Leaky ReLU');
    // Every clip path the curves use is defined in the file.
    for (const g of root.querySelectorAll('[clip-path]')) {
      const id = /^url\(#(.+)\)$/.exec(g.getAttribute('clip-path')!)![1]!;
      expect(root.querySelector(`clipPath[id="${id}"]`)).not.toBeNull();
    }
  });

  it('draws each curve as the plot does, in its theme colour, f′ dashed, the main one thicker', () => {
    const { model, doc } = build();
    const paths = [...doc.querySelectorAll('path')];
    const { x, panels } = model.geometry;
    const [fPanel, dfPanel] = panels;
    const [leaky, relu] = model.series;
    // Compared curves first, the main one on top; f panel, then f′.
    const expected = [
      curvePath(relu!.sampled.f, x.scale, fPanel!.y.scale),
      curvePath(leaky!.sampled.f, x.scale, fPanel!.y.scale),
      curvePath(relu!.sampled.df, x.scale, dfPanel!.y.scale),
      curvePath(leaky!.sampled.df, x.scale, dfPanel!.y.scale),
    ];
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(expected);
    const paint = (p: Element) =>
      ['fill', 'stroke', 'stroke-width', 'stroke-dasharray'].map((a) => p.getAttribute(a));
    const [blue, vermillion] = THEME_COLOURS.light.curves;
    expect(paths.map(paint)).toEqual([
      ['none', vermillion, '1.75', null],
      ['none', blue, '2.5', null],
      ['none', vermillion, '1.75', '7 4'],
      ['none', blue, '2.5', '7 4'],
    ]);
  });

  it('stacks the legend rows, a gap and the panels; the legend names each function', () => {
    const { model, out, doc } = build();
    const legendHeight = 2 * LEGEND_ROW + 8;
    expect(out.height).toBe(legendHeight + model.geometry.layout.height);
    expect(plotOf(doc).getAttribute('y')).toBe(String(legendHeight));
    const rows = [...doc.documentElement.children].filter((c) => c.localName === 'g');
    expect(rows.map((r) => r.querySelector('text')!.textContent)).toEqual([
      'Leaky ReLU (α = 0.1)',
      'ReLU',
    ]);
    expect(rows[0]!.querySelector('text')!.getAttribute('fill')).toBe(THEME_COLOURS.light.fg);
    const root = doc.documentElement;
    expect([root.getAttribute('font-family'), root.getAttribute('font-size')]).toEqual([
      THEME_FONTS.en,
      '13',
    ]);
    // Solid for f, dashed for f′, in the curve's colour.
    const lines = [...rows[1]!.querySelectorAll('line')];
    expect(lines.map((l) => l.getAttribute('stroke'))).toEqual(
      Array(2).fill(THEME_COLOURS.light.curves[1]),
    );
    expect(lines.map((l) => l.getAttribute('stroke-dasharray'))).toEqual([null, '7 4']);
  });

  it('paints the theme’s background and colours, light or dark', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { doc } = build({}, 'en', theme);
      const bg = doc.documentElement.querySelector(':scope > rect')!;
      expect(bg.getAttribute('fill')).toBe(THEME_COLOURS[theme].bg);
      expect(doc.querySelector('path')!.getAttribute('stroke')).toBe(
        THEME_COLOURS[theme].curves[1],
      );
    }
  });

  it('has the titles, ticks and kink note of the plot, in the explorer’s language', () => {
    const en = build({ fn: 'relu', params: {}, cmp: [] });
    const all = texts(en.doc.documentElement);
    expect(all).toEqual(expect.arrayContaining(['f(x)', 'f′(x) (dashed)', 'x', '−2', '2']));
    const note = en.doc.querySelector('g > title')!.parentElement!;
    expect(note.querySelector('title')!.textContent).toBe(
      'At x = 0: derivative from the left 0, from the right 1; PyTorch autograd returns 0.',
    );
    expect(note.textContent).toContain('PyTorch: 0');
    expect(note.textContent).toContain('left 0 · right 1');
    const zh = build({ fn: 'relu', params: {}, cmp: [] }, 'zh-CN');
    expect(texts(zh.doc.documentElement)).toEqual(expect.arrayContaining(['f′(x)（虚线）']));
    expect(zh.out.text).toContain('PyTorch：0');
    expect(zh.doc.documentElement.getAttribute('font-family')).toBe(THEME_FONTS['zh-CN']);
  });

  it('shades the zero-gradient zone on the f and f′ panels', () => {
    const { model, doc } = build({ fn: 'relu', params: {}, cmp: [] });
    const zones = [...doc.querySelectorAll('rect')].filter(
      (r) => r.getAttribute('fill') === THEME_COLOURS.light.zone,
    );
    expect(zones).toHaveLength(2);
    const { x, layout } = model.geometry;
    expect(Number(zones[0]!.getAttribute('x'))).toBe(layout.left);
    expect(Number(zones[0]!.getAttribute('width'))).toBeCloseTo(x.axisPx - layout.left, 1);
  });

  it('draws jump dots and the difference panel with its legend entry', () => {
    const { model, doc } = build({
      fn: 'hardshrink',
      params: {},
      cmp: ['relu'],
      showDifference: true,
    });
    expect(model.geometry.panels.map((p) => p.kind)).toEqual(['f', 'df', 'diff']);
    expect(doc.querySelectorAll('circle').length).toBeGreaterThan(0);
    const all = texts(doc.documentElement);
    expect(all).toContain('difference Hardshrink (λ = 0.5) − ReLU');
    expect(all).toContain('Difference: Hardshrink (λ = 0.5) − ReLU');
    const d = model.difference!;
    const diffPanel = model.geometry.panels[2]!;
    expect([...doc.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toContain(
      curvePath(d.sampled.f, model.geometry.x.scale, diffPanel.y.scale),
    );
  });

  it('escapes text, so a message cannot add markup', () => {
    const model = buildPlotModel(input, 640);
    const out = buildStandaloneSvg(model, {
      t: () => '<script>alert("x")</script> & more',
      theme: exportTheme('light', 'en'),
      title: 'a < b',
    });
    const doc = parse(out.text);
    expect(doc.querySelector('script')).toBeNull();
    expect(texts(doc.documentElement)).toContain('<script>alert("x")</script> & more');
    expect(doc.querySelector('title')!.textContent).toBe('a < b');
  });

  it('refuses to export nothing', () => {
    const model = buildPlotModel({ ...input, fn: 'nope', cmp: [] }, 640);
    expect(() =>
      buildStandaloneSvg(model, { t: (k) => k, theme: exportTheme('light', 'en') }),
    ).toThrow();
  });
});
