/**
 * The plot as a standalone SVG file, drawn from the plot model (not copied from the page): the
 * same panels, curves, axes, zones and kink notes as on screen, with the legend above them, every
 * colour and font written on the element (no classes, no custom properties), nothing that could
 * load or run anything, on the theme's background.
 */
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import type { Dot, Curve } from '../math';
import type { PanelGeometry } from '../plot/geometry';
import { zoneRects } from '../plot/geometry';
import { KINK_LINE, layoutKinkNotes } from '../plot/kinkNotes';
import { SMALL_TEXT_PX } from '../plot/layout';
import type { PlotModel } from '../plot/model';
import { curvePath, toPx, type Linear } from '../plot/path';
import type { Axis } from '../plot/ticks';
import type { ExportTheme } from './theme';

type Translate = (key: MessageKey, vars?: MessageVars) => string;

export interface StandaloneOptions {
  /** Messages in the explorer's language (panel titles, kink notes, the difference's label). */
  t: Translate;
  /** Colours and font of the explorer's theme and language. */
  theme: ExportTheme;
  /** `<title>` of the file, e.g. "Leaky ReLU". */
  title?: string;
  /** Gap between the legend and the plot, in CSS pixels. */
  gap?: number;
}

/** The result: SVG text plus its size in CSS pixels (the PNG export doubles it). */
export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/** Height of one legend row, in CSS pixels. */
export const LEGEND_ROW = 20;
/** Size of a legend swatch (as on screen). */
const SWATCH_W = 36;
const SWATCH_H = 14;

/**
 * Builds the file for `model`: one legend row per function (and the difference), then the
 * panels at the model's width. Throws when there is nothing to draw.
 */
export function buildStandaloneSvg(model: PlotModel, options: StandaloneOptions): StandaloneSvg {
  if (model.series.length === 0) throw new Error('buildStandaloneSvg: no function to draw');
  const { t, theme } = options;
  const gap = options.gap ?? 8;
  const { layout } = model.geometry;
  const legend = legendEntries(model, t);
  const legendHeight = legend.length * LEGEND_ROW + gap;
  const width = Math.ceil(layout.width);
  const height = Math.ceil(legendHeight + layout.height);
  const parts = [
    options.title ? el('title', {}, esc(options.title)) : '',
    el('rect', { width: '100%', height: '100%', fill: theme.bg }),
    ...legend.map((entry, i) => legendRow(entry, i * LEGEND_ROW, theme)),
    el(
      'svg',
      {
        x: 0,
        y: legendHeight,
        width: layout.width,
        height: layout.height,
        viewBox: `0 0 ${layout.width} ${layout.height}`,
        style: css({ 'font-family': theme.font, 'font-size': `${SMALL_TEXT_PX}px` }),
      },
      plotBody(model, t, theme),
    ),
  ];
  const root = el(
    'svg',
    { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` },
    parts.join(''),
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${root}`, width, height };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

interface LegendEntry {
  label: string;
  colour: number;
  solid: boolean;
  dashed: boolean;
}

/** The legend's function entries, as on screen: each series, then the difference. */
function legendEntries(model: PlotModel, t: Translate): LegendEntry[] {
  const out = model.series.map((s) => ({
    label: s.label,
    colour: s.colour,
    solid: true,
    dashed: model.showDerivative,
  }));
  const d = model.difference;
  if (d)
    out.push({
      label: t('plotLegendDiff', { a: d.g.label, b: d.h.label }),
      colour: 1,
      solid: false,
      dashed: true,
    });
  return out;
}

/** One legend row at `top`: the swatch (the curve's colour and dash), then the label. */
function legendRow(entry: LegendEntry, top: number, theme: ExportTheme): string {
  const stroke = curveStyle(theme, entry.colour, false);
  const line = (y: number, dashed: boolean) =>
    el('line', { x1: 2, x2: SWATCH_W - 2, y1: y, y2: y, style: dashed ? dash(stroke) : stroke });
  const swatch = el(
    'svg',
    {
      x: 0,
      y: (LEGEND_ROW - SWATCH_H) / 2,
      width: SWATCH_W,
      height: SWATCH_H,
      viewBox: `0 0 ${SWATCH_W} ${SWATCH_H}`,
    },
    (entry.solid ? line(4, false) : '') + (entry.dashed ? line(entry.solid ? 11 : 7, true) : ''),
  );
  const label = el(
    'text',
    {
      x: SWATCH_W + 6,
      y: LEGEND_ROW / 2,
      'dominant-baseline': 'central',
      style: css({ fill: theme.fg, 'font-family': theme.font, 'font-size': `${SMALL_TEXT_PX}px` }),
    },
    esc(entry.label),
  );
  return el('g', { transform: `translate(0 ${top})` }, swatch + label);
}

/** The panels and the x labels, in the plot's own coordinates. */
function plotBody(model: PlotModel, t: Translate, theme: ExportTheme): string {
  const { layout, x, panels } = model.geometry;
  const { left, right } = layout;
  const main = model.series[0]!;
  const out = panels.map((box) => {
    const sy = box.y.scale;
    const clipId = `ae-export-${box.kind}`;
    if (box.kind === 'diff') {
      const d = model.difference!;
      const title = t('plotTitleDiff', { a: d.g.label, b: d.h.label });
      const curves =
        curve(d.sampled.f, x.scale, sy, theme, 1, true, true) +
        dots(d.sampled.fDots, x.scale, sy, theme, 1);
      return panel(box, x, left, right, clipId, title, [], curves, '', theme);
    }
    const isF = box.kind === 'f';
    // Compared curves first so the main curve is drawn on top.
    const shown = [...model.series].reverse();
    const curves =
      shown
        .map((s) =>
          curve(
            isF ? s.sampled.f : s.sampled.df,
            x.scale,
            sy,
            theme,
            s.colour,
            !isF,
            s.colour === 1,
          ),
        )
        .join('') +
      shown
        .map((s) => dots(isF ? s.sampled.fDots : s.sampled.dfDots, x.scale, sy, theme, s.colour))
        .join('');
    const bottom = box.top + box.height;
    const notes =
      !isF && main.colour === 1
        ? kinkNotes(model, { sx: x.scale, sy, left, right, top: box.top, bottom }, t, theme)
        : '';
    const title = t(isF ? 'plotTitleF' : 'plotTitleDf');
    return panel(box, x, left, right, clipId, title, model.zones, curves, notes, theme);
  });
  const tickLabels = x.ticks
    .map((tk) => el('text', { x: tk.px, y: layout.xLabelsY }, esc(tk.label)))
    .join('');
  out.push(
    el('g', { 'text-anchor': 'middle', style: css({ fill: theme.muted }) }, tickLabels),
    el(
      'text',
      {
        x: (left + right) / 2,
        y: layout.xTitleY,
        'text-anchor': 'middle',
        style: css({ fill: theme.fg, 'font-weight': '600' }),
      },
      esc(t('plotTitleX')),
    ),
  );
  return out.join('');
}

/** One panel: title, zones, grid, border, axes, y labels, then clipped curves and the notes. */
function panel(
  box: PanelGeometry,
  x: Axis,
  left: number,
  right: number,
  clipId: string,
  title: string,
  zones: PlotModel['zones'],
  curves: string,
  overlay: string,
  theme: ExportTheme,
): string {
  const top = box.top;
  const bottom = box.top + box.height;
  const w = right - left;
  const crisp = { 'shape-rendering': 'crispEdges' };
  const grid = [
    ...x.ticks.map((tk) => el('line', { x1: tk.px, x2: tk.px, y1: top, y2: bottom })),
    ...box.y.ticks.map((tk) => el('line', { x1: left, x2: right, y1: tk.px, y2: tk.px })),
  ].join('');
  const yLabels = box.y.ticks
    .map((tk) => el('text', { x: left - 6, y: tk.px, dy: '0.32em' }, esc(tk.label)))
    .join('');
  return el(
    'g',
    {},
    [
      el('clipPath', { id: clipId }, el('rect', { x: left, y: top, width: w, height: box.height })),
      el(
        'text',
        { x: left, y: top - 7, style: css({ fill: theme.fg, 'font-weight': '600' }) },
        esc(title),
      ),
      ...zoneRects(zones, x, left, right).map((z) =>
        el('rect', {
          x: z.x,
          y: top,
          width: z.width,
          height: box.height,
          style: css({ fill: theme.zone }),
        }),
      ),
      el('g', { style: css({ stroke: theme.grid, 'stroke-width': '1', ...crisp }) }, grid),
      el('rect', {
        x: left,
        y: top,
        width: w,
        height: box.height,
        style: css({ fill: 'none', stroke: theme.border, ...crisp }),
      }),
      el(
        'g',
        { style: css({ stroke: theme.axis, 'stroke-width': '1.25', ...crisp }) },
        el('line', { x1: left, x2: right, y1: box.y.axisPx, y2: box.y.axisPx }) +
          el('line', { x1: x.axisPx, x2: x.axisPx, y1: top, y2: bottom }),
      ),
      el('g', { 'text-anchor': 'end', style: css({ fill: theme.muted }) }, yLabels),
      el('g', { 'clip-path': `url(#${clipId})` }, curves),
      overlay,
    ].join(''),
  );
}

/** A curve's stroke, as `.ae-plot-curve` draws it. */
function curveStyle(theme: ExportTheme, colour: number, main: boolean): string {
  return css({
    fill: 'none',
    stroke: curveColour(theme, colour),
    'stroke-width': main ? '2.5' : '1.75',
    'stroke-linejoin': 'miter',
    'stroke-miterlimit': '10',
    'stroke-linecap': 'butt',
  });
}

const dash = (style: string) => `${style};stroke-dasharray:7 4`;
const curveColour = (theme: ExportTheme, colour: number) => theme.curves[(colour - 1) % 5]!;

function curve(
  c: Curve,
  sx: Linear,
  sy: Linear,
  theme: ExportTheme,
  colour: number,
  dashed: boolean,
  main: boolean,
): string {
  const style = curveStyle(theme, colour, main);
  return el('path', { d: curvePath(c, sx, sy), style: dashed ? dash(style) : style });
}

/** Jump dots: filled at the value used at x, open at the other one-sided limit. */
function dots(list: readonly Dot[], sx: Linear, sy: Linear, theme: ExportTheme, colour: number) {
  if (list.length === 0) return '';
  const c = curveColour(theme, colour);
  const filled = css({ fill: c, stroke: theme.bg, 'stroke-width': '1' });
  const open = css({ fill: theme.bg, stroke: c, 'stroke-width': '1.75' });
  return el(
    'g',
    {},
    list
      .map((d) => [toPx(sx, d.x), toPx(sy, d.y), d.filled] as const)
      .filter(([cx, cy]) => Number.isFinite(cx) && Number.isFinite(cy))
      .map(([cx, cy, f]) => el('circle', { cx, cy, r: 3.5, style: f ? filled : open }))
      .join(''),
  );
}

/** The notes at the main function's kinks on the f′ panel, placed as on screen. */
function kinkNotes(
  model: PlotModel,
  frame: { sx: Linear; sy: Linear; left: number; right: number; top: number; bottom: number },
  t: Translate,
  theme: ExportTheme,
): string {
  const wide = frame.right - frame.left >= 420;
  const notes = layoutKinkNotes(model.series[0]!.sampled.kinks, { ...frame, wide }, t);
  return notes
    .map((note) => {
      const spans = note.lines
        .map((s, i) =>
          el(
            'tspan',
            {
              x: note.textX,
              dy: i === 0 ? 0 : KINK_LINE,
              style: i < note.lines.length - 1 ? css({ fill: theme.muted }) : undefined,
            },
            esc(s),
          ),
        )
        .join('');
      return el(
        'g',
        {},
        [
          el('title', {}, esc(note.title)),
          el('line', {
            x1: note.px,
            x2: note.px,
            y1: frame.top,
            y2: frame.bottom,
            style: css({ stroke: theme.muted, 'stroke-width': '1', 'stroke-dasharray': '1 3' }),
          }),
          el('rect', {
            ...note.box,
            rx: 2,
            style: css({
              fill: theme.bg,
              'fill-opacity': '0.88',
              stroke: theme.border,
              'stroke-width': '0.75',
            }),
          }),
          el(
            'text',
            {
              x: note.textX,
              y: note.textY,
              'text-anchor': note.anchor,
              style: css({ fill: theme.fg }),
            },
            spans,
          ),
        ].join(''),
      );
    })
    .join('');
}

type Attrs = Readonly<Record<string, string | number | undefined>>;

/** An element as text; attribute values escaped, numbers to 1/100 px. */
function el(name: string, attrs: Attrs, content = ''): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    s += ` ${k}="${esc(typeof v === 'number' ? num(v) : v)}"`;
  }
  return content ? `${s}>${content}</${name}>` : `${s}/>`;
}

/** Declarations for a `style` attribute. */
function css(decl: Readonly<Record<string, string>>): string {
  return Object.entries(decl)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
}

function num(v: number): string {
  return String(Math.round(v * 100) / 100 + 0);
}

/** Escapes text for element content and double-quoted attributes. */
function esc(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}
