import { memo, type RefObject } from 'react';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';
import type { Range } from '../../math';
import { toPx } from '../../plot/path';
import type { Axis } from '../../plot/ticks';
import { Crosshair, type CrosshairPoint } from './Crosshair';
import { CurvePath, Dots } from './CurvePath';
import { KinkNotes } from './KinkNotes';
import { Panel } from './Panel';
import type { PlotLayout } from '../../plot/layout';
import type { PlotModel } from '../../plot/model';

/** Values of every shown function at the crosshair x. */
export interface ProbeValues {
  x: number;
  f: number[];
  df: number[];
  diff: number | null;
}

export interface PlotSvgProps {
  model: PlotModel;
  /** Crosshair values, or null when no crosshair is shown. */
  probe: ProbeValues | null;
  /** Prefix for clip-path ids, unique per instance. */
  uid: string;
  svgRef: RefObject<SVGSVGElement | null>;
  t: (key: MessageKey, vars?: MessageVars) => string;
}

/**
 * The stacked panels in one SVG: f on top, f′ below (if shown), the difference last (if shown),
 * sharing one x scale; x tick labels and the x title under the last panel. Decorative for
 * assistive tech: the readout, the live region and the table carry the same information.
 */
export function PlotSvg({ model, probe, uid, svgRef, t }: PlotSvgProps) {
  const geo = model.geometry;
  const { layout, x } = geo;
  const { left, right } = layout;
  const main = model.series[0];
  const crossPx = probe ? toPx(x.scale, probe.x) : null;
  return (
    <svg
      ref={svgRef}
      className="ae-plot-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      // Drawn for another width (the prerendered view, until the app measures the plot), the
      // picture scales down to the top of its box rather than its middle.
      preserveAspectRatio="xMidYMin meet"
      aria-hidden="true"
      focusable="false"
    >
      {geo.panels.map((box) => {
        const sy = box.y.scale;
        const bottom = box.top + box.height;
        const cross = (points: CrosshairPoint[]) =>
          crossPx === null ? null : (
            <Crosshair px={crossPx} sy={sy} top={box.top} bottom={bottom} points={points} />
          );
        if (box.kind === 'diff') {
          const d = model.difference!;
          return (
            <Panel
              key="diff"
              box={box}
              x={x}
              left={left}
              right={right}
              clipId={`${uid}-diff`}
              zones={NO_ZONES}
              title={t('plotTitleDiff', { a: d.g.label, b: d.h.label })}
              overlay={cross(probe?.diff != null ? [{ y: probe.diff, colour: 1 }] : [])}
            >
              <CurvePath curve={d.sampled.f} sx={x.scale} sy={sy} colour={1} dashed main />
              <Dots dots={d.sampled.fDots} sx={x.scale} sy={sy} colour={1} />
            </Panel>
          );
        }
        const isF = box.kind === 'f';
        return (
          <Panel
            key={box.kind}
            box={box}
            x={x}
            left={left}
            right={right}
            clipId={`${uid}-${box.kind}`}
            zones={model.zones}
            title={t(isF ? 'plotTitleF' : 'plotTitleDf')}
            overlay={
              <>
                {!isF && main && main.colour === 1 && (
                  <KinkNotes
                    kinks={main.sampled.kinks}
                    sx={x.scale}
                    sy={sy}
                    left={left}
                    right={right}
                    top={box.top}
                    bottom={bottom}
                    wide={right - left >= 420}
                    t={t}
                  />
                )}
                {cross(
                  model.series.map((s, i) => ({
                    y: (isF ? probe?.f[i] : probe?.df[i]) ?? NaN,
                    colour: s.colour,
                  })),
                )}
              </>
            }
          >
            {/* Compared curves first so the main curve is drawn on top. */}
            {[...model.series].reverse().map((s) => (
              <CurvePath
                key={s.a.id}
                curve={isF ? s.sampled.f : s.sampled.df}
                sx={x.scale}
                sy={sy}
                colour={s.colour}
                dashed={!isF}
                main={s.colour === 1}
              />
            ))}
            {[...model.series].reverse().map((s) => (
              <Dots
                key={s.a.id}
                dots={isF ? s.sampled.fDots : s.sampled.dfDots}
                sx={x.scale}
                sy={sy}
                colour={s.colour}
              />
            ))}
          </Panel>
        );
      })}
      <XLabels x={x} layout={layout} title={t('plotTitleX')} />
    </svg>
  );
}

const NO_ZONES: readonly Range[] = [];

/** x tick labels and the x title under the last panel; memoised like the panels' frames. */
const XLabels = memo(function XLabels({
  x,
  layout,
  title,
}: {
  x: Axis;
  layout: PlotLayout;
  title: string;
}) {
  return (
    <>
      <g className="ae-plot-ticklabels" textAnchor="middle">
        {x.ticks.map((tk) => (
          <text key={tk.value} x={tk.px} y={layout.xLabelsY}>
            {tk.label}
          </text>
        ))}
      </g>
      <text
        className="ae-plot-title"
        x={(layout.left + layout.right) / 2}
        y={layout.xTitleY}
        textAnchor="middle"
      >
        {title}
      </text>
    </>
  );
});
