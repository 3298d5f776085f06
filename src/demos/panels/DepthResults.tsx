import { useMemo } from 'react';
import { formatProse } from '../../format/number';
import type { DepthResult } from '../../train/depth';
import { positiveExtent } from '../chart/axes';
import { bandPath } from '../chart/band';
import { Chart } from '../chart/Chart';
import { Line } from '../chart/Line';
import { toCurve } from '../chart/series';
import { depthSummary } from '../depthText';
import type { DemoT } from '../../i18n/sections/demos';
import { fnName, percent } from '../text';
import { Legend } from '../ui/Legend';
import { Summary } from '../ui/Summary';

const num = (v: number) => formatProse(Number(v.toPrecision(2)));

/**
 * The spread over the networks: per function a band (smallest to largest gradient relative to
 * the last layer) with the median as a line, the mean share of zeros, a table of the numbers
 * behind the words, and the words.
 */
export function DepthResults({ result, t }: { result: DepthResult; t: DemoT }) {
  const { depth, seeds, spread } = result;
  const layers = useMemo(() => Float64Array.from({ length: depth }, (_, i) => i + 1), [depth]);
  const medians = useMemo(
    () => spread.map((s) => toCurve(layers, s.median, true)),
    [spread, layers],
  );
  const zeros = useMemo(() => spread.map((s) => toCurve(layers, s.zeroShare)), [spread, layers]);
  const extent = positiveExtent(spread.flatMap((s) => [s.min, s.max])) ?? [1e-3, 1];
  const offChart = spread.some((s) => s.min.some((v) => !(v > 0)));
  const xDomain: [number, number] = [1, Math.max(2, depth)];
  const items = spread.map((s, i) => ({ label: fnName(s.activation.id), colour: i + 1 }));
  const first = spread[0]?.seeds[0] ?? 0;
  return (
    <>
      <Legend items={items} label={t('demoLegend')} />
      <figure className="ae-demo-figure">
        <figcaption className="ae-demo-caption">
          {t('demoDepthBandTitle', { depth, seeds })}
        </figcaption>
        <Chart xDomain={xDomain} yDomain={extent} yLog xTitle={t('demoLayerAxis')}>
          {({ box, x, y }) =>
            spread.map((s, i) => (
              <g key={s.activation.id} className={`ae-plot-c${i + 1}`}>
                <path
                  className="ae-demo-band"
                  d={bandPath(layers, s.min, s.max, x, y, box.bottom + 4)}
                  data-testid="depth-band"
                />
                <Line curve={medians[i]!} x={x} y={y} colour={i + 1} testId="depth-grad-line" />
              </g>
            ))
          }
        </Chart>
        {offChart && <p className="ae-hint">{t('demoDepthBandOff')}</p>}
      </figure>
      <figure className="ae-demo-figure">
        <figcaption className="ae-demo-caption">{t('demoDepthZeroTitle', { seeds })}</figcaption>
        <Chart xDomain={xDomain} yDomain={[0, 1]} height={160} xTitle={t('demoLayerAxis')}>
          {({ x, y }) => zeros.map((c, i) => <Line key={i} curve={c} x={x} y={y} colour={i + 1} />)}
        </Chart>
      </figure>
      {depth > 1 && (
        <table className="ae-demo-table">
          <caption>
            {t('demoDepthTableCaption', {
              depth,
              seeds,
              from: first,
              to: first + seeds - 1,
              nv: num(result.weightScale),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('demoCostFunction')}</th>
              <th scope="col">{t('demoDepthColMedian', { depth })}</th>
              <th scope="col">{t('demoDepthColSlope')}</th>
              <th scope="col">{t('demoDepthColFactor')}</th>
              <th scope="col">{t('demoDepthColFlat')}</th>
            </tr>
          </thead>
          <tbody>
            {spread.map((s) => (
              <tr key={s.activation.id}>
                <th scope="row">{fnName(s.activation.id)}</th>
                <td>
                  {t('demoDepthMedianRange', {
                    median: num(s.median[0]!),
                    min: num(s.min[0]!),
                    max: num(s.max[0]!),
                  })}
                </td>
                <td>{num(s.slopeSq)}</td>
                <td>{num(result.weightScale * s.slopeSq)}</td>
                <td>{percent(t, s.flatShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Summary lines={depthSummary(t, result)} label={t('demoSummary')} testId="summary-depth" />
    </>
  );
}
