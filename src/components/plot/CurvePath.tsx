import { memo, useMemo } from 'react';
import type { Curve, Dot } from '../../math';
import { curvePath, toPx, type Linear } from '../../plot/path';

export interface CurvePathProps {
  curve: Curve;
  sx: Linear;
  sy: Linear;
  /** 1–5: `--ae-curve-N`. */
  colour: number;
  /** Dashed: f′ and the difference. */
  dashed?: boolean;
  main?: boolean;
}

/**
 * One `<path>` per curve, its `d` memoised over the sampled arrays and the scales, so moving the
 * crosshair or changing another function never rebuilds it.
 */
export const CurvePath = memo(function CurvePath({
  curve,
  sx,
  sy,
  colour,
  dashed,
  main,
}: CurvePathProps) {
  const d = useMemo(() => curvePath(curve, sx, sy), [curve, sx, sy]);
  const cls = `ae-plot-curve ae-plot-c${colour}${dashed ? ' ae-plot-dashed' : ''}${main ? ' ae-plot-main' : ''}`;
  return <path className={cls} d={d} data-testid="plot-curve" />;
});

export interface DotsProps {
  dots: readonly Dot[];
  sx: Linear;
  sy: Linear;
  colour: number;
}

/** Jump dots: filled at the value used at x, open at the other one-sided limit. */
export const Dots = memo(function Dots({ dots, sx, sy, colour }: DotsProps) {
  return (
    <g className={`ae-plot-dots ae-plot-c${colour}`}>
      {dots.map((d, i) => (
        <circle
          key={i}
          className={d.filled ? 'ae-plot-dot-filled' : 'ae-plot-dot-open'}
          cx={toPx(sx, d.x)}
          cy={toPx(sy, d.y)}
          r={3.5}
        />
      ))}
    </g>
  );
});
