import { useMemo } from 'react';
import type { SparsityResult, SparsitySeries } from '../../train/sparsity';
import type { DemoT } from '../../i18n/sections/demos';
import { fnName, percent } from '../text';
import { project } from './axes';
import { Chart } from './Chart';
import { histogramBars } from './histogram';

export interface HistogramChartProps {
  /** Only what the bars need, so that other demos' results (distribution) fit as well. */
  result: Pick<SparsityResult, 'bins' | 'samples' | 'range'>;
  series: Pick<SparsitySeries, 'activation' | 'counts' | 'zeros' | 'zeroShare'>;
  /** 1–5: `--ae-curve-N`. */
  colour: number;
  t: DemoT;
}

/**
 * One function's outputs: the bins without the exact zeros, and those zeros as a spike at 0,
 * labelled with their share. A point mass has no height on a density scale, so the spike runs
 * to the top with an arrowhead: "more than shown".
 */
export function HistogramChart({ result, series, colour, t }: HistogramChartProps) {
  const bars = useMemo(() => histogramBars(result, series), [result, series]);
  const name = fnName(series.activation.id);
  return (
    <figure className="ae-demo-figure">
      <figcaption className="ae-demo-caption">{t('demoHistTitle', { name })}</figcaption>
      <Chart
        xDomain={result.range}
        yDomain={[0, bars.max * 1.15 || 1]}
        height={170}
        xTitle={t('demoOutputAxis')}
        overlay={({ x, box }) => {
          if (series.zeros === 0) return null;
          const x0 = project(x, 0);
          const tip = box.top + 13;
          const flip = x0 + 120 > box.right;
          return (
            <g className="ae-demo-spike" data-testid="sparsity-spike">
              <line x1={x0} x2={x0} y1={box.bottom} y2={tip + 1} />
              <path d={`M${x0 - 4},${tip + 7}L${x0},${tip}L${x0 + 4},${tip + 7}`} />
              <text x={flip ? x0 - 6 : x0 + 6} y={box.top + 12} textAnchor={flip ? 'end' : 'start'}>
                {t('demoSpike', { share: percent(t, series.zeroShare) })}
              </text>
            </g>
          );
        }}
      >
        {({ x, y }) => <path className={`ae-demo-bars ae-plot-c${colour}`} d={bars.path(x, y)} />}
      </Chart>
    </figure>
  );
}
