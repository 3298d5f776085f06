import type { ReactNode } from 'react';
import type { Range } from '../../math';
import { toPx } from '../../plot/path';
import type { Axis } from '../../plot/ticks';
import type { PanelGeometry } from './useGeometry';

export interface PanelProps {
  /** The panel's box and y-axis. */
  box: PanelGeometry;
  /** The shared x-axis. */
  x: Axis;
  left: number;
  right: number;
  title: string;
  /** Id of this panel's clip path (unique on the page). */
  clipId: string;
  /** x intervals to shade as the zero-gradient zone. */
  zones: readonly Range[];
  /** Curves and dots, clipped to the panel. */
  children: ReactNode;
  /** Drawn on top without clipping: annotations, crosshair. */
  overlay?: ReactNode;
}

/** One panel: title, zone shading, gridlines, axes through zero, y tick labels, clipped content. */
export function Panel({
  box,
  x,
  left,
  right,
  title,
  clipId,
  zones,
  children,
  overlay,
}: PanelProps) {
  const top = box.top;
  const bottom = box.top + box.height;
  return (
    <g className="ae-plot-panel" data-panel={box.kind}>
      <clipPath id={clipId}>
        <rect x={left} y={top} width={right - left} height={box.height} />
      </clipPath>
      <text className="ae-plot-title" x={left} y={top - 7}>
        {title}
      </text>
      {zones.map(([a, b]) => {
        const xa = Math.max(left, toPx(x.scale, a));
        const xb = Math.min(right, toPx(x.scale, b));
        return (
          <rect
            key={`${a}:${b}`}
            className="ae-plot-zone"
            data-testid="plot-zone"
            x={xa}
            y={top}
            width={Math.max(0, xb - xa)}
            height={box.height}
          />
        );
      })}
      <g className="ae-plot-grid">
        {x.ticks.map((t) => (
          <line key={`x${t.value}`} x1={t.px} x2={t.px} y1={top} y2={bottom} />
        ))}
        {box.y.ticks.map((t) => (
          <line key={`y${t.value}`} x1={left} x2={right} y1={t.px} y2={t.px} />
        ))}
      </g>
      <rect className="ae-plot-border" x={left} y={top} width={right - left} height={box.height} />
      <g className="ae-plot-axis">
        <line x1={left} x2={right} y1={box.y.axisPx} y2={box.y.axisPx} />
        <line x1={x.axisPx} x2={x.axisPx} y1={top} y2={bottom} />
      </g>
      <g className="ae-plot-ticklabels" textAnchor="end">
        {box.y.ticks.map((t) => (
          <text key={t.value} x={left - 6} y={t.px} dy="0.32em">
            {t.label}
          </text>
        ))}
      </g>
      <g clipPath={`url(#${clipId})`}>{children}</g>
      {overlay}
    </g>
  );
}
