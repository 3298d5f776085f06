import { useId, useMemo, useRef, type ReactNode } from 'react';
import { useElementWidth } from '../../components/plot/useElementWidth';
import { chartGeometry, type ChartGeometry } from './axes';

export interface ChartProps {
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** A log y axis (whole decades); values ≤ 0 leave gaps. */
  yLog?: boolean;
  /** SVG height in px (the width follows the container). */
  height?: number;
  /** Title under the x tick labels. */
  xTitle: string;
  /** The marks, drawn inside the plot area (clipped); given the chart's box and axes. */
  children(geometry: ChartGeometry): ReactNode;
  /** Drawn on top, unclipped (labels). */
  overlay?(geometry: ChartGeometry): ReactNode;
}

/**
 * The shell of every demo chart: measures its width, builds the axes with d3-scale, draws grid,
 * frame and tick labels as JSX and clips the marks to the plot area. Decorative for assistive
 * tech (`aria-hidden`): each panel states its result in words next to it.
 */
export function Chart({
  xDomain,
  yDomain,
  yLog = false,
  height = 220,
  xTitle,
  children,
  overlay,
}: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 480);
  const clipId = `${useId()}-clip`;
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const geo = useMemo(
    () => chartGeometry({ width, height, xDomain: [x0, x1], yDomain: [y0, y1], yLog }),
    [width, height, x0, x1, y0, y1, yLog],
  );
  const { box, x, y } = geo;
  return (
    <div ref={ref} className="ae-demo-chart">
      <svg
        className="ae-plot-svg"
        width={box.width}
        height={box.height}
        viewBox={`0 0 ${box.width} ${box.height}`}
        aria-hidden="true"
        focusable="false"
      >
        <clipPath id={clipId}>
          <rect
            x={box.left}
            y={box.top}
            width={box.right - box.left}
            height={box.bottom - box.top}
          />
        </clipPath>
        <g className="ae-plot-grid">
          {x.ticks.map((t) => (
            <line key={`x${t.value}`} x1={t.px} x2={t.px} y1={box.top} y2={box.bottom} />
          ))}
          {y.ticks.map((t) => (
            <line key={`y${t.value}`} x1={box.left} x2={box.right} y1={t.px} y2={t.px} />
          ))}
        </g>
        <rect
          className="ae-plot-border"
          x={box.left}
          y={box.top}
          width={box.right - box.left}
          height={box.bottom - box.top}
        />
        <g className="ae-plot-ticklabels" textAnchor="end">
          {y.ticks.map((t) => (
            <text key={t.value} x={box.left - 6} y={t.px} dy="0.32em">
              {t.label}
            </text>
          ))}
        </g>
        <g className="ae-plot-ticklabels" textAnchor="middle">
          {x.ticks.map((t) => (
            <text key={t.value} x={t.px} y={box.bottom + 16}>
              {t.label}
            </text>
          ))}
        </g>
        <text
          className="ae-plot-title"
          x={(box.left + box.right) / 2}
          y={box.bottom + 32}
          textAnchor="middle"
        >
          {xTitle}
        </text>
        <g clipPath={`url(#${clipId})`}>{children(geo)}</g>
        {overlay?.(geo)}
      </svg>
    </div>
  );
}
