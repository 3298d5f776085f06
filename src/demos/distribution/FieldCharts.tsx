import { useMemo } from 'react';
import type { DistributionResult } from '../../train/distribution';
import { Chart } from '../chart/Chart';
import { Line } from '../chart/Line';
import { toCurve } from '../chart/series';
import type { DemoKey, DemoT } from '../../i18n/sections/demos';
import { fnName } from '../text';
import { Legend } from '../ui/Legend';

type Quantity = 'mean' | 'variance';
const TITLES: Record<Quantity, DemoKey> = {
  mean: 'distFieldMeanTitle',
  variance: 'distFieldVarTitle',
};

/** The y range of every finite value, padded, and never thinner than ±0.1 around it. */
function extent(values: ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of values)
    for (let i = 0; i < a.length; i++)
      if (Number.isFinite(a[i]!)) {
        lo = Math.min(lo, a[i]!);
        hi = Math.max(hi, a[i]!);
      }
  if (!(hi >= lo)) return [0, 1];
  const pad = Math.max(0.1, 0.08 * (hi - lo));
  return [lo - pad, hi + pad];
}

/**
 * Mean and variance of each layer's outputs: the mean-field map as solid lines, one sampled
 * network dashed, in the same colour per function.
 */
export function FieldCharts({ result, t }: { result: DistributionResult; t: DemoT }) {
  const layers = useMemo(
    () => Float64Array.from({ length: result.layers }, (_, i) => i + 1),
    [result.layers],
  );
  const curves = useMemo(
    () =>
      (['mean', 'variance'] as const).map((q) => ({
        q,
        field: result.series.map((s) => toCurve(layers, s.field[q])),
        network: result.series.map((s) => toCurve(layers, s.network[q])),
        domain: extent(result.series.flatMap((s) => [s.field[q], s.network[q]])),
      })),
    [result, layers],
  );
  const xDomain: [number, number] = [1, Math.max(2, result.layers)];
  const items = result.series.map((s, i) => ({ label: fnName(s.activation.id), colour: i + 1 }));
  return (
    <>
      <Legend items={items} label={t('demoLegend')} />
      <div className="ae-demo-pair">
        {curves.map((c) => (
          <figure key={c.q} className="ae-demo-figure">
            <figcaption className="ae-demo-caption">{t(TITLES[c.q])}</figcaption>
            <Chart xDomain={xDomain} yDomain={c.domain} height={180} xTitle={t('distLayerAxis')}>
              {({ x, y }) => (
                <>
                  {c.field.map((curve, i) => (
                    <Line key={`f${i}`} curve={curve} x={x} y={y} colour={i + 1} />
                  ))}
                  {c.network.map((curve, i) => (
                    <Line key={`n${i}`} curve={curve} x={x} y={y} colour={i + 1} dashed />
                  ))}
                </>
              )}
            </Chart>
          </figure>
        ))}
      </div>
    </>
  );
}
