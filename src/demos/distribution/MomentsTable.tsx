import type { DistributionResult, DistributionSeries } from '../../train/distribution';
import { num, referenceText } from '../distributionText';
import type { DemoT } from '../../i18n/sections/demos';
import { fnName, percent } from '../text';

export interface MomentsTableProps {
  result: DistributionResult;
  series: DistributionSeries;
  t: DemoT;
}

/**
 * One function's sampled moments (± standard error) beside the exact ones, with how the exact
 * ones were found (closed form or quadrature) as the column's heading.
 */
/** Exact values are good to ~1e−10 (quadrature), so smaller magnitudes show as 0. */
const exact = (v: number) => num(Math.abs(v) < 5e-11 ? 0 : v);

export function MomentsTable({ result, series, t }: MomentsTableProps) {
  const m = series.sampled;
  const ref = series.reference;
  const share = (v: number | null) => (v === null ? t('demoNone') : percent(t, v));
  const rows = [
    { key: 'distMean', v: num(m.mean), se: num(m.meanSe), exact: exact(ref.mean) },
    { key: 'distVariance', v: num(m.variance), se: num(m.varianceSe), exact: exact(ref.variance) },
    {
      key: 'distZeros',
      v: percent(t, m.zeroShare),
      se: percent(t, m.zeroShareSe),
      exact: share(ref.zeroShare),
    },
    { key: 'distGrad', v: num(m.dfMean), se: num(m.dfMeanSe), exact: exact(ref.dfMean) },
  ] as const;
  return (
    <table className="ae-demo-table ae-dist-table">
      <caption>
        {t('distTableCaption', {
          name: fnName(series.activation.id),
          ref: referenceText(t, result),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('distQuantity')}</th>
          <th scope="col">{t('distSampled')}</th>
          <th scope="col">{t(ref.method === 'closed' ? 'distClosed' : 'distQuadrature')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{t(r.key)}</th>
            <td>
              {r.v}
              <span className="ae-dist-se"> ± {r.se}</span>
            </td>
            <td>{r.exact}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
