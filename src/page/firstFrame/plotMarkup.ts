/**
 * The plot's first frame as markup: the legend, the SVG and the keys hint exactly as PlotPanel
 * renders them with no crosshair (Legend, PlotSvg, Panel, CurvePath, KinkNotes), drawn from the
 * same plot model. A test renders both and compares them element by element, so the picture the
 * page paints before React loads is the one React then puts in its place, box for box.
 */
import type { Translate } from '../../i18n/catalogue';
import type { Curve, Dot, Kink, Range } from '../../math';
import type { PanelGeometry } from '../../plot/geometry';
import { zoneRects } from '../../plot/geometry';
import { KINK_LINE, layoutKinkNotes, type NoteFrame } from '../../plot/kinkNotes';
import type { PlotModel, Series } from '../../plot/model';
import { curvePath, toPx, type Linear } from '../../plot/path';
import type { Axis } from '../../plot/ticks';
import { el, text } from './markup';

/**
 * Legend, plot frame and hint: the children of `.ae-plot` before any crosshair or readout. The
 * frame is PlotPanel's but for its `tabindex`: this is a picture, which no key moves, and the app
 * replaces it (createRoot, not hydration), so focus put on it would be dropped, and the keys
 * pressed meanwhile with it. Not focusable, it is left for the app's frame, which is.
 */
export function plotMarkup(model: PlotModel, uid: string, t: Translate): string {
  const names = model.series.map((s) => s.a.name).join(', ');
  return (
    legend(model, t) +
    el(
      'div',
      {
        class: 'ae-plot-frame',
        role: 'group',
        'aria-label': t('plotRegionLabel', { name: names }),
        'aria-describedby': `${uid}-hint`,
      },
      plotSvg(model, uid, t),
    ) +
    el('p', { class: 'ae-plot-hint', id: `${uid}-hint` }, text(t('plotKeysHint')))
  );
}

function swatch(colour: number, solid: boolean, dashed: boolean): string {
  const line = (y: number, extra: string) =>
    el('line', { class: `ae-plot-curve ae-plot-c${colour}${extra}`, x1: 2, x2: 34, y1: y, y2: y });
  return el(
    'svg',
    { class: 'ae-plot-swatch', width: 36, height: 14, 'aria-hidden': 'true', focusable: 'false' },
    solid && line(4, ''),
    dashed && line(solid ? 11 : 7, ' ae-plot-dashed'),
  );
}

function legend(model: PlotModel, t: Translate): string {
  const { series, showDerivative, difference } = model;
  const entry = (sw: string, label: string) =>
    el('li', { 'data-testid': 'plot-legend-entry' }, sw, el('span', {}, text(label)));
  const note = (...children: string[]) => el('li', { class: 'ae-plot-legend-note' }, ...children);
  const showDots = series.some((s) => s.sampled.fDots.length + s.sampled.dfDots.length > 0);
  return el(
    'ul',
    { class: 'ae-plot-legend', 'aria-label': t('plotLegendLabel') },
    ...series.map((s) => entry(swatch(s.colour, true, showDerivative), s.label)),
    difference &&
      entry(
        swatch(1, false, true),
        t('plotLegendDiff', { a: difference.g.label, b: difference.h.label }),
      ),
    showDerivative && note(text(t('plotLegendStyles'))),
    model.zones.length > 0 &&
      note(
        el(
          'svg',
          { class: 'ae-plot-swatch', width: 18, height: 14, 'aria-hidden': 'true' },
          el('rect', { class: 'ae-plot-zone', x: 1, y: 1, width: 16, height: 12 }),
        ),
        el('span', {}, text(t('plotLegendZone'))),
      ),
    showDots &&
      note(
        el(
          'svg',
          { class: 'ae-plot-swatch', width: 30, height: 14, 'aria-hidden': 'true' },
          el(
            'g',
            { class: 'ae-plot-c1' },
            el('circle', { class: 'ae-plot-dot-filled', cx: 7, cy: 7, r: 3.5 }),
            el('circle', { class: 'ae-plot-dot-open', cx: 22, cy: 7, r: 3.5 }),
          ),
        ),
        el('span', {}, text(t('plotLegendDots'))),
      ),
  );
}

function plotSvg(model: PlotModel, uid: string, t: Translate): string {
  const { layout, x } = model.geometry;
  const { left, right } = layout;
  const main = model.series[0];
  const panels = model.geometry.panels.map((box) => {
    const sy = box.y.scale;
    const frame = { box, x, left, right };
    if (box.kind === 'diff') {
      const d = model.difference!;
      return panel(
        { ...frame, clipId: `${uid}-diff`, zones: [] },
        t('plotTitleDiff', { a: d.g.label, b: d.h.label }),
        curve(d.sampled.f, x.scale, sy, 1, true, true) + dots(d.sampled.fDots, x.scale, sy, 1),
        '',
      );
    }
    const isF = box.kind === 'f';
    // Compared curves first so the main curve is drawn on top.
    const back = [...model.series].reverse();
    const curves = back.map((s) =>
      curve(isF ? s.sampled.f : s.sampled.df, x.scale, sy, s.colour, !isF, s.colour === 1),
    );
    const marks = back.map((s) =>
      dots(isF ? s.sampled.fDots : s.sampled.dfDots, x.scale, sy, s.colour),
    );
    const notes =
      !isF && main && main.colour === 1
        ? kinkNotes(
            main,
            {
              sx: x.scale,
              sy,
              left,
              right,
              top: box.top,
              bottom: box.top + box.height,
              wide: right - left >= 420,
            },
            t,
          )
        : '';
    return panel(
      { ...frame, clipId: `${uid}-${box.kind}`, zones: model.zones },
      t(isF ? 'plotTitleF' : 'plotTitleDf'),
      curves.join('') + marks.join(''),
      notes,
    );
  });
  const ticks = x.ticks.map((tk) => el('text', { x: tk.px, y: layout.xLabelsY }, text(tk.label)));
  return el(
    'svg',
    {
      class: 'ae-plot-svg',
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      preserveAspectRatio: 'xMidYMin meet',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    ...panels,
    el('g', { class: 'ae-plot-ticklabels', 'text-anchor': 'middle' }, ...ticks),
    el(
      'text',
      {
        class: 'ae-plot-title',
        x: (left + right) / 2,
        y: layout.xTitleY,
        'text-anchor': 'middle',
      },
      text(t('plotTitleX')),
    ),
  );
}

interface Frame {
  box: PanelGeometry;
  x: Axis;
  left: number;
  right: number;
  clipId: string;
  zones: readonly Range[];
}

function panel(f: Frame, title: string, children: string, overlay: string): string {
  const { box, x, left, right, clipId } = f;
  const top = box.top;
  const bottom = box.top + box.height;
  const width = right - left;
  const grid = [
    ...x.ticks.map((tk) => el('line', { x1: tk.px, x2: tk.px, y1: top, y2: bottom })),
    ...box.y.ticks.map((tk) => el('line', { x1: left, x2: right, y1: tk.px, y2: tk.px })),
  ];
  return el(
    'g',
    { class: 'ae-plot-panel', 'data-panel': box.kind },
    el('clipPath', { id: clipId }, el('rect', { x: left, y: top, width, height: box.height })),
    el('text', { class: 'ae-plot-title', x: left, y: top - 7 }, text(title)),
    ...zoneRects(f.zones, x, left, right).map((z) =>
      el('rect', {
        class: 'ae-plot-zone',
        'data-testid': 'plot-zone',
        x: z.x,
        y: top,
        width: z.width,
        height: box.height,
      }),
    ),
    el('g', { class: 'ae-plot-grid' }, ...grid),
    el('rect', { class: 'ae-plot-border', x: left, y: top, width, height: box.height }),
    el(
      'g',
      { class: 'ae-plot-axis' },
      el('line', { x1: left, x2: right, y1: box.y.axisPx, y2: box.y.axisPx }),
      el('line', { x1: x.axisPx, x2: x.axisPx, y1: top, y2: bottom }),
    ),
    el(
      'g',
      { class: 'ae-plot-ticklabels', 'text-anchor': 'end' },
      ...box.y.ticks.map((tk) =>
        el('text', { x: left - 6, y: tk.px, dy: '0.32em' }, text(tk.label)),
      ),
    ),
    el('g', { 'clip-path': `url(#${clipId})` }, children),
    overlay,
  );
}

function curve(c: Curve, sx: Linear, sy: Linear, colour: number, dashed: boolean, main: boolean) {
  const cls = `ae-plot-curve ae-plot-c${colour}${dashed ? ' ae-plot-dashed' : ''}${main ? ' ae-plot-main' : ''}`;
  return el('path', { class: cls, d: curvePath(c, sx, sy), 'data-testid': 'plot-curve' });
}

function dots(ds: readonly Dot[], sx: Linear, sy: Linear, colour: number): string {
  return el(
    'g',
    { class: `ae-plot-dots ae-plot-c${colour}` },
    ...ds.map((d) =>
      el('circle', {
        class: d.filled ? 'ae-plot-dot-filled' : 'ae-plot-dot-open',
        cx: toPx(sx, d.x),
        cy: toPx(sy, d.y),
        r: 3.5,
      }),
    ),
  );
}

function kinkNotes(main: Series, frame: NoteFrame, t: Translate): string {
  const kinks: readonly Kink[] = main.sampled.kinks;
  const { top, bottom } = frame;
  return el(
    'g',
    { class: 'ae-plot-kinknotes' },
    ...layoutKinkNotes(kinks, frame, t).map((note) =>
      el(
        'g',
        { 'data-testid': 'plot-kink-note' },
        el('title', {}, text(note.title)),
        el('line', { class: 'ae-plot-kink-guide', x1: note.px, x2: note.px, y1: top, y2: bottom }),
        el('rect', { class: 'ae-plot-kink-bg', ...note.box, rx: 2 }),
        el(
          'text',
          { class: 'ae-plot-kink-label', x: note.textX, y: note.textY, 'text-anchor': note.anchor },
          ...note.lines.map((s, i) =>
            el(
              'tspan',
              {
                x: note.textX,
                dy: i === 0 ? 0 : KINK_LINE,
                class: i < note.lines.length - 1 ? 'ae-plot-kink-sides' : undefined,
              },
              text(s),
            ),
          ),
        ),
      ),
    ),
  );
}
