import { memo, useMemo } from 'react';
import { DYING_DOMAIN, dyingTarget, type TrainSnapshot } from '../../train/dying';
import { Chart } from '../chart/Chart';
import { Line } from '../chart/Line';
import { toCurve } from '../chart/series';

export interface FitChartProps {
  snapshot: TrainSnapshot;
  title: string;
  xTitle: string;
  colour: number;
  height?: number;
}

const Y_DOMAIN: [number, number] = [-1.6, 1.6];

/** The network's current fit (solid) over the target sin(1.5x) (dashed). */
export const FitChart = memo(function FitChart({
  snapshot,
  title,
  xTitle,
  colour,
  height = 180,
}: FitChartProps) {
  const gridX = snapshot.gridX;
  const target = useMemo(() => toCurve(gridX, gridX.map(dyingTarget)), [gridX]);
  const fit = useMemo(() => toCurve(gridX, snapshot.fit), [gridX, snapshot.fit]);
  return (
    <figure className="ae-demo-figure">
      <figcaption className="ae-demo-caption">{title}</figcaption>
      <Chart xDomain={DYING_DOMAIN} yDomain={Y_DOMAIN} height={height} xTitle={xTitle}>
        {({ x, y }) => (
          <>
            <Line curve={target} x={x} y={y} colour={5} dashed />
            <Line curve={fit} x={x} y={y} colour={colour} testId="fit-line" />
          </>
        )}
      </Chart>
    </figure>
  );
});
