import { memo, type ReactNode } from 'react';
import type { Range } from '../../math';
import type { Axis } from '../../plot/ticks';
import { zoneRects, type PanelGeometry } from '../../plot/geometry';

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

/** One panel: its static frame, then the clipped curves and the unclipped overlay on top. */
export function Panel({ children, overlay, ...frame }: PanelProps) {
  return (
    <g className="ae-plot-panel" data-panel={frame.box.kind}>
      <PanelFrame {...frame} />
      <g clipPath={`url(#${frame.clipId})`}>{children}</g>
      {overlay}
    </g>
  );
}

type PanelFrameProps = Omit<PanelProps, 'children' | 'overlay'>;

/**
 * Title, zone shading, gridlines, axes through zero and y tick labels. Memoised: its props
 * (geometry, axes, the zones array) keep their identity while a slider moves the curves inside
 * the same scales, so a step neither re-renders nor re-diffs these hundred-odd elements.
 */
const PanelFrame = memo(function PanelFrame({
  box,
  x,
  left,
  right,
  title,
  clipId,
  zones,
}: PanelFrameProps) {
  const top = box.top;
  const bottom = box.top + box.height;
  return (
    <>
      <clipPath id={clipId}>
        <rect x={left} y={top} width={right - left} height={box.height} />
      </clipPath>
      <text className="ae-plot-title" x={left} y={top - 7}>
        {title}
      </text>
      {zoneRects(zones, x, left, right).map((z, i) => (
        <rect
          key={i}
          className="ae-plot-zone"
          data-testid="plot-zone"
          x={z.x}
          y={top}
          width={z.width}
          height={box.height}
        />
      ))}
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
    </>
  );
});
