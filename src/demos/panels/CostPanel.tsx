import { useMemo } from 'react';
import { formatProse } from '../../format/number';
import type { CostOptions, CostResult } from '../../train/cost';
import { CostChart } from '../chart/CostChart';
import { useExplorer } from '../../state/context';
import { useDemos } from '../context';
import { DemoSection } from '../DemoSection';
import { useT } from '../../components/useT';
import { demos, type DemoT } from '../../i18n/sections/demos';
import { SCHEMA } from '../schema';
import { bigCount, costSummary, fnName, times } from '../text';
import { FunctionChecklist } from '../ui/FunctionChecklist';
import { Legend } from '../ui/Legend';
import { ProgressBar } from '../ui/ProgressBar';
import { SelectField } from '../../components/SelectField';
import { Summary } from '../ui/Summary';
import { useComputeJob } from '../useComputeJob';
import type { PanelProps } from './types';

const F = SCHEMA.cost;
const REPETITIONS = 7;
/** Input values are random but seeded; the timings themselves are the machine's. */
const SEED = 1;

const ns = (v: number) => formatProse(Number(v.toPrecision(3)));

/** Claim 1: ns per element of f and f′, measured in a worker, relative to ReLU. */
export function CostPanel({ level, offerAlone = false }: PanelProps) {
  const t = useT(demos);
  const lang = useExplorer((st) => st.lang);
  const s = useDemos((st) => st.cost);
  const update = useDemos((st) => st.update);
  const job = useComputeJob('cost');
  const options = useMemo<Omit<CostOptions, 'now'>>(
    () => ({
      activations: ['relu', ...s.fn].map((id) => ({ id })),
      n: s.size,
      repetitions: REPETITIONS,
      seed: SEED,
    }),
    [s],
  );
  const running = job.status === 'running';

  const controls = (
    <>
      <FunctionChecklist
        legend={t('demoFunctions', { max: F.fn.max })}
        selected={s.fn}
        min={F.fn.min}
        max={F.fn.max}
        exclude="relu"
        onChange={(fn) => update('cost', { fn })}
      />
      <SelectField
        className="ae-demo-field"
        label={t('demoCostSize')}
        value={String(s.size)}
        options={F.size.values.map((v) => ({ value: String(v), label: bigCount(t, lang, v) }))}
        onChange={(v) => update('cost', { size: Number(v) })}
      />
      <div className="ae-button-row">
        <button
          type="button"
          className="ae-button ae-demo-primary"
          disabled={running}
          onClick={() => job.start(options)}
        >
          {t('demoCostRun')}
        </button>
        <button type="button" className="ae-button" disabled={!running} onClick={job.stop}>
          {t('demoCostStop')}
        </button>
      </div>
    </>
  );

  return (
    <DemoSection
      demo="cost"
      level={level}
      title={t('demoCostTitle')}
      lead={t('demoCostLead')}
      offerAlone={offerAlone}
      controls={controls}
      t={t}
    >
      <div className="ae-demo-status" aria-busy={running}>
        {running && <ProgressBar label={t('demoCostProgress')} value={job.progress} />}
        {job.status === 'idle' && <p className="ae-hint">{t('demoCostIdle')}</p>}
        {job.status === 'error' && (
          <p className="ae-field-error" role="alert">
            {t('demoError', { message: job.error ?? '' })}
          </p>
        )}
      </div>
      {job.result && <CostResults result={job.result} t={t} />}
    </DemoSection>
  );
}

function CostResults({ result, t }: { result: CostResult; t: DemoT }) {
  const lang = useExplorer((st) => st.lang);
  const ref = result.entries[0]!;
  return (
    <>
      <figure className="ae-demo-figure">
        <figcaption className="ae-demo-caption">{t('demoCostChartTitle')}</figcaption>
        <Legend
          label={t('demoLegend')}
          items={[
            { label: t('demoCostF'), colour: 1 },
            { label: t('demoCostDf'), colour: 3 },
          ]}
        />
        <CostChart result={result} t={t} />
      </figure>
      <table className="ae-demo-table">
        <caption>
          {t('demoCostCaption', { reps: result.repetitions, n: bigCount(t, lang, result.n) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('demoCostFunction')}</th>
            <th scope="col">{t('demoCostNsF')}</th>
            <th scope="col">{t('demoCostNsDf')}</th>
            <th scope="col">{t('demoCostRelF')}</th>
            <th scope="col">{t('demoCostRelDf')}</th>
          </tr>
        </thead>
        <tbody>
          {result.entries.map((e) => (
            <tr key={e.activation.id}>
              <th scope="row">{fnName(e.activation.id)}</th>
              <td>{ns(e.f.median)}</td>
              <td>{ns(e.df.median)}</td>
              <td>{times(t, e.f.median / ref.f.median)}</td>
              <td>{times(t, e.df.median / ref.df.median)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ae-hint">{t('demoCostSpread')}</p>
      <Summary lines={costSummary(t, result)} label={t('demoSummary')} testId="summary-cost" />
    </>
  );
}
