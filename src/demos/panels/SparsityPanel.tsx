import { useMemo } from 'react';
import { formatProse } from '../../format/number';
import type { SparsityOptions, SparsityResult } from '../../train/sparsity';
import { HistogramChart } from '../chart/HistogramChart';
import { useExplorer } from '../../state/context';
import { useDemos } from '../context';
import { useT } from '../../components/useT';
import { demos, type DemoT } from '../../i18n/sections/demos';
import { SCHEMA } from '../schema';
import { NormalFields } from '../ui/NormalFields';
import { bigCount, fnName, percent, sparsitySummary } from '../text';
import { Summary } from '../ui/Summary';
import { ComputedDemo } from './ComputedDemo';
import type { PanelProps } from './types';

const F = SCHEMA.sparsity;
const SAMPLES = 100_000;
const BINS = 60;

/** Claim 3: exact zeros in the outputs of each function for Gaussian pre-activations. */
export function SparsityPanel(props: PanelProps) {
  const t = useT(demos);
  const s = useDemos((st) => st.sparsity);
  const update = useDemos((st) => st.update);
  const options = useMemo<SparsityOptions>(() => {
    // The inputs' ±4σ, widened to always show 0, where the spike of exact zeros is.
    const pad = 0.25 * s.sigma;
    return {
      activations: s.fn.map((id) => ({ id })),
      mu: s.mu,
      sigma: s.sigma,
      samples: SAMPLES,
      bins: BINS,
      range: [Math.min(s.mu - 4 * s.sigma, -pad), Math.max(s.mu + 4 * s.sigma, pad)],
      seed: s.seed,
    };
  }, [s]);
  const set = (patch: Parameters<typeof update<'sparsity'>>[1]) => update('sparsity', patch);

  const fields = <NormalFields mu={s.mu} sigma={s.sigma} fields={F} onChange={set} t={t} />;

  return (
    <ComputedDemo
      {...props}
      demo="sparsity"
      title={t('demoSparsityTitle')}
      lead={t('demoSparsityLead')}
      options={options}
      fields={fields}
      results={(result) => <SparsityResults result={result} t={t} />}
    />
  );
}

function SparsityResults({ result, t }: { result: SparsityResult; t: DemoT }) {
  const lang = useExplorer((st) => st.lang);
  return (
    <>
      <div className="ae-demo-multiples">
        {result.series.map((s, i) => (
          <HistogramChart key={s.activation.id} result={result} series={s} colour={i + 1} t={t} />
        ))}
      </div>
      <table className="ae-demo-table">
        <caption>
          {t('demoSparsityCaption', {
            mu: formatProse(result.mu),
            sigma: formatProse(result.sigma),
            n: bigCount(t, lang, result.samples),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('demoCostFunction')}</th>
            <th scope="col">{t('demoZeroShare')}</th>
            <th scope="col">{t('demoAnalytic')}</th>
            <th scope="col">{t('demoNearZero', { eps: formatProse(result.nearZero) })}</th>
          </tr>
        </thead>
        <tbody>
          {result.series.map((s) => (
            <tr key={s.activation.id}>
              <th scope="row">{fnName(s.activation.id)}</th>
              <td>{percent(t, s.zeroShare)}</td>
              <td>
                {s.analyticZeroShare === null ? t('demoNone') : percent(t, s.analyticZeroShare)}
              </td>
              <td>{percent(t, s.nearZeroShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Summary
        lines={sparsitySummary(t, result)}
        label={t('demoSummary')}
        testId="summary-sparsity"
      />
    </>
  );
}
