import type { DistributionResult } from '../../train/distribution';
import { HistogramChart } from '../chart/HistogramChart';
import { claimsSummary, seriesSummary } from '../distributionText';
import type { DemoT } from '../../i18n/sections/demos';
import { Summary } from '../ui/Summary';
import { FieldCharts } from './FieldCharts';
import { MomentsTable } from './MomentsTable';

/** Histograms with their tables, the layer-by-layer charts, and all of it in words. */
export function DistributionResults({ result, t }: { result: DistributionResult; t: DemoT }) {
  const lines = [
    ...result.series.flatMap((s) => seriesSummary(t, result, s)),
    ...claimsSummary(t, result),
  ];
  return (
    <>
      <div className="ae-demo-multiples">
        {result.series.map((s, i) => (
          <div key={s.activation.id} className="ae-dist-card">
            <HistogramChart result={result} series={s} colour={i + 1} t={t} />
            <MomentsTable result={result} series={s} t={t} />
          </div>
        ))}
      </div>
      <FieldCharts result={result} t={t} />
      <Summary lines={lines} label={t('demoSummary')} testId="summary-distribution" />
    </>
  );
}
