/**
 * The plot as a standalone SVG file, drawn from the plot model (not copied from the page): the
 * same panels, curves, axes, zones and kink notes as on screen, with the legend above them,
 * colours and fonts written as presentation attributes (no classes, no custom properties, no
 * style sheet, so drawing programs read them), nothing that could load or run anything, on the
 * theme's background.
 */
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import type { Curve, Dot, Kink } from '../math';
import { zoneRects, type PanelGeometry } from '../plot/geometry';
import { KINK_LINE, layoutKinkNotes, type NoteFrame } from '../plot/kinkNotes';
import { SMALL_TEXT_PX } from '../plot/layout';
import type { PlotModel } from '../plot/model';
import { curvePath, toPx, type Linear } from '../plot/path';
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

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds the file for `model`: one legend row per function (and the difference), then the
 * panels at the model's width. Throws when there is nothing to draw.
 */
export function buildStandaloneSvg(model: PlotModel, options: StandaloneOptions): StandaloneSvg {
  if (model.series.length === 0) throw new Error('buildStandaloneSvg: no function to draw');
  const { t, theme } = options;
  const { layout } = model.geometry;
  const legend = legendEntries(model, t);
  const legendHeight = legend.length * LEGEND_ROW + (options.gap ?? 8);
  const width = Math.ceil(layout.width);
  const height = Math.ceil(legendHeight + layout.height);
  const body =
    (options.title ? el('title', {}, esc(options.title)) : '') +
    el('rect', { width: '100%', height: '100%', fill: theme.bg }) +
    legend.map((entry, i) => legendRow(entry, i * LEGEND_ROW, theme)).join('') +
    el(
      'svg',
      { x: 0, y: legendHeight, width: layout.width, height: layout.height, viewBox: box(layout) },
      plotBody(model, t, theme),
    );
  const root = el(
    'svg',
    {
      xmlns: SVG_NS,
      width,
      height,
      viewBox: box({ width, height }),
      'font-family': theme.font,
      'font-size': SMALL_TEXT_PX,
    },
    body,
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${root}`, width, height };
}

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
    out.push({ label: diffLabel(t, 'plotLegendDiff', d), colour: 1, solid: false, dashed: true });
  return out;
}

/** One legend row at `top`: a swatch of the curve's colour and dash(es), then the label. */
function legendRow(entry: LegendEntry, top: number, theme: ExportTheme): string {
  const line = (y: number, dashed: boolean) =>
    el('line', { x1: 2, x2: 34, y1: y + 3, y2: y + 3, ...stroke(theme, entry.colour, dashed) });
  return el(
    'g',
    { transform: `translate(0 ${top})` },
    (entry.solid ? line(4, false) : '') +
      (entry.dashed ? line(entry.solid ? 11 : 7, true) : '') +
      el(
        'text',
        { x: 42, y: LEGEND_ROW / 2, 'dominant-baseline': 'central', fill: theme.fg },
        esc(entry.label),
      ),
  );
}

/** The panels and the x labels, in the plot's own coordinates. */
function plotBody(model: PlotModel, t: Translate, theme: ExportTheme): string {
  const { layout, x, panels } = model.geometry;
  const sx = x.scale;
  const main = model.series[0]!;
  // Compared curves first, so the main curve is drawn on top.
  const shown = [...model.series].reverse();
  const out = panels.map((box) => {
    const sy = box.y.scale;
    const d = model.difference;
    if (box.kind === 'diff' && d)
      return panel(
        model,
        box,
        diffLabel(t, 'plotTitleDiff', d),
        curve(d.sampled.f, sx, sy, theme, 1, true, true) + dots(d.sampled.fDots, sx, sy, theme, 1),
        '',
        theme,
      );
    const isF = box.kind === 'f';
    const curves =
      shown
        .map((s) =>
          curve(isF ? s.sampled.f : s.sampled.df, sx, sy, theme, s.colour, !isF, s.colour === 1),
        )
        .join('') +
      shown
        .map((s) => dots(isF ? s.sampled.fDots : s.sampled.dfDots, sx, sy, theme, s.colour))
        .join('');
    const { left, right } = layout;
    const frame = { sx, sy, left, right, top: box.top, bottom: box.top + box.height };
    const notes =
      !isF && main.colour === 1
        ? kinkNotes(main.sampled.kinks, { ...frame, wide: right - left >= 420 }, t, theme)
        : '';
    return panel(model, box, t(isF ? 'plotTitleF' : 'plotTitleDf'), curves, notes, theme);
  });
  const labels = x.ticks.map((tk) => el('text', { x: tk.px, y: layout.xLabelsY }, esc(tk.label)));
  out.push(
    el('g', { 'text-anchor': 'middle', fill: theme.muted }, labels.join('')),
    el(
      'text',
      {
        ...TITLE,
        x: (layout.left + layout.right) / 2,
        y: layout.xTitleY,
        'text-anchor': 'middle',
        fill: theme.fg,
      },
      esc(t('plotTitleX')),
    ),
  );
  return out.join('');
}

const TITLE = { 'font-weight': 600 };
const CRISP = { 'shape-rendering': 'crispEdges' };

/** One panel: title, zones, grid, border, axes, y labels, then clipped curves and the notes. */
function panel(
  model: PlotModel,
  box: PanelGeometry,
  title: string,
  curves: string,
  overlay: string,
  theme: ExportTheme,
): string {
  const { layout, x } = model.geometry;
  const { left, right } = layout;
  const top = box.top;
  const bottom = top + box.height;
  const area = { x: left, y: top, width: right - left, height: box.height };
  const clipId = `ae-export-${box.kind}`;
  const zones = box.kind === 'diff' ? [] : model.zones;
  return el(
    'g',
    {},
    el('clipPath', { id: clipId }, el('rect', area)) +
      el('text', { ...TITLE, x: left, y: top - 7, fill: theme.fg }, esc(title)) +
      zoneRects(zones, x, left, right)
        .map((z) => el('rect', { ...area, ...z, fill: theme.zone }))
        .join('') +
      el(
        'g',
        { stroke: theme.grid, ...CRISP },
        x.ticks.map((tk) => el('line', { x1: tk.px, x2: tk.px, y1: top, y2: bottom })).join('') +
          box.y.ticks
            .map((tk) => el('line', { x1: left, x2: right, y1: tk.px, y2: tk.px }))
            .join(''),
      ) +
      el('rect', { ...area, fill: 'none', stroke: theme.border, ...CRISP }) +
      el(
        'g',
        { stroke: theme.axis, 'stroke-width': 1.25, ...CRISP },
        el('line', { x1: left, x2: right, y1: box.y.axisPx, y2: box.y.axisPx }) +
          el('line', { x1: x.axisPx, x2: x.axisPx, y1: top, y2: bottom }),
      ) +
      el(
        'g',
        { 'text-anchor': 'end', fill: theme.muted },
        box.y.ticks
          .map((tk) => el('text', { x: left - 6, y: tk.px, dy: '0.32em' }, esc(tk.label)))
          .join(''),
      ) +
      el('g', { 'clip-path': `url(#${clipId})` }, curves) +
      overlay,
  );
}

/** `Difference: g − h` and the like. */
function diffLabel(t: Translate, key: MessageKey, d: NonNullable<PlotModel['difference']>) {
  return t(key, { a: d.g.label, b: d.h.label });
}

/** A curve's stroke as `.ae-plot-curve` draws it (joins mitred and caps butt by default). */
function stroke(theme: ExportTheme, colour: number, dashed: boolean, main = false): Attrs {
  return {
    fill: 'none',
    stroke: curveColour(theme, colour),
    'stroke-width': main ? 2.5 : 1.75,
    'stroke-miterlimit': 10,
    'stroke-dasharray': dashed ? '7 4' : undefined,
  };
}

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
  return el('path', { d: curvePath(c, sx, sy), ...stroke(theme, colour, dashed, main) });
}

/** Jump dots: filled at the value used at x, open at the other one-sided limit. */
function dots(list: readonly Dot[], sx: Linear, sy: Linear, theme: ExportTheme, colour: number) {
  const c = curveColour(theme, colour);
  return list
    .map((d) => {
      const cx = toPx(sx, d.x);
      const cy = toPx(sy, d.y);
      if (!Number.isFinite(cx) || !Number.isFinite(cy)) return '';
      const paint = d.filled
        ? { fill: c, stroke: theme.bg, 'stroke-width': 1 }
        : { fill: theme.bg, stroke: c, 'stroke-width': 1.75 };
      return el('circle', { cx, cy, r: 3.5, ...paint });
    })
    .join('');
}

/** The notes at the main function's kinks on the f′ panel, placed as on screen. */
function kinkNotes(kinks: readonly Kink[], frame: NoteFrame, t: Translate, theme: ExportTheme) {
  return layoutKinkNotes(kinks, frame, t)
    .map((note) => {
      const spans = note.lines.map((s, i) =>
        el(
          'tspan',
          {
            x: note.textX,
            dy: i && KINK_LINE,
            fill: i < note.lines.length - 1 ? theme.muted : undefined,
          },
          esc(s),
        ),
      );
      return el(
        'g',
        {},
        el('title', {}, esc(note.title)) +
          el('line', {
            x1: note.px,
            x2: note.px,
            y1: frame.top,
            y2: frame.bottom,
            stroke: theme.muted,
            'stroke-dasharray': '1 3',
          }) +
          el('rect', {
            ...note.box,
            rx: 2,
            fill: theme.bg,
            'fill-opacity': 0.88,
            stroke: theme.border,
            'stroke-width': 0.75,
          }) +
          el(
            'text',
            { x: note.textX, y: note.textY, 'text-anchor': note.anchor, fill: theme.fg },
            spans.join(''),
          ),
      );
    })
    .join('');
}

const box = (s: { width: number; height: number }) => `0 0 ${s.width} ${s.height}`;

type Attrs = Readonly<Record<string, string | number | undefined>>;

/** An element as text; attribute values escaped, numbers to 1/100 px. */
function el(name: string, attrs: Attrs, content = ''): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined)
      s += ` ${k}="${esc(typeof v === 'number' ? String(Math.round(v * 100) / 100 + 0) : v)}"`;
  return content ? `${s}>${content}</${name}>` : `${s}/>`;
}

/** Escapes text for element content and double-quoted attributes. */
function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
