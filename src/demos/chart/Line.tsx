import { memo, useMemo } from 'react';
import type { Curve } from '../../math';
import { curvePath } from '../../plot/path';
import type { ChartAxis } from './axes';

export interface LineProps {
  /** From `toCurve` (y already log10 on a log axis). */
  curve: Curve;
  x: ChartAxis;
  y: ChartAxis;
  /** 1–5: `--ae-curve-N`. */
  colour: number;
  dashed?: boolean;
  /** Thin and translucent: one of many lines (α per unit). */
  faint?: boolean;
  testId?: string;
}

/** One series as a `<path>`, its `d` memoised over the curve and the axes' scales. */
export const Line = memo(function Line({ curve, x, y, colour, dashed, faint, testId }: LineProps) {
  const d = useMemo(() => curvePath(curve, x.scale, y.scale), [curve, x.scale, y.scale]);
  const cls = `ae-plot-curve ae-plot-c${colour}${dashed ? ' ae-plot-dashed' : ''}${faint ? ' ae-demo-faint' : ''}`;
  return <path className={cls} d={d} data-testid={testId} />;
});
