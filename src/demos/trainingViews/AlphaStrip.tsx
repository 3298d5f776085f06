import { memo } from 'react';
import { project } from '../chart/axes';
import { Chart } from '../chart/Chart';
import type { DemoT } from '../../i18n/sections/demos';
import { alphaText } from './dyingText';

export interface AlphaStripProps {
  /** The learned α, one per unit (or one shared). */
  alpha: Float64Array;
  step: number;
  t: DemoT;
}

/** The α axis: always 0 (the V-shape boundary) and 1 (plain linear) in view, plus every α. */
export function alphaDomain(alpha: ArrayLike<number>): [lo: number, hi: number] {
  let lo = 0;
  let hi = 1;
  for (let j = 0; j < alpha.length; j++)
    if (Number.isFinite(alpha[j])) {
      lo = Math.min(lo, alpha[j]!);
      hi = Math.max(hi, alpha[j]!);
    }
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/**
 * A dot per unit at its current α (unit number up the y axis), negative ones in the second
 * colour, with α = 0 dashed; and the same values as numbers for anyone who cannot read dots.
 */
export const AlphaStrip = memo(function AlphaStrip({ alpha, step, t }: AlphaStripProps) {
  const n = alpha.length;
  const values = Array.from(alpha);
  return (
    <figure className="ae-demo-figure">
      <figcaption className="ae-demo-caption">{t('demoAlphaFinalTitle', { step })}</figcaption>
      <Chart
        xDomain={alphaDomain(alpha)}
        yDomain={[0, n + 1]}
        height={Math.min(220, 90 + 2 * n)}
        xTitle={t('demoAlphaAxis')}
      >
        {({ x, y, box }) => (
          <>
            <line
              className="ae-demo-ref"
              x1={project(x, 0)}
              x2={project(x, 0)}
              y1={box.top}
              y2={box.bottom}
            />
            {values.map((a, j) =>
              Number.isFinite(a) ? (
                <circle
                  key={j}
                  cx={project(x, a)}
                  cy={project(y, j + 1)}
                  r={3.5}
                  style={{ fill: `var(--ae-curve-${a < 0 ? 2 : 1})` }}
                />
              ) : null,
            )}
          </>
        )}
      </Chart>
      <details>
        <summary>{t('demoAlphaList')}</summary>
        <ol className="ae-demo-alpha-list" data-testid="alpha-values">
          {values.map((a, j) => (
            <li key={j}>{t('demoAlphaItem', { unit: j + 1, value: alphaText(a) })}</li>
          ))}
        </ol>
      </details>
    </figure>
  );
});
