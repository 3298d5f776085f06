import { useMemo } from 'react';
import type { TrainerOptions } from '../../train/dying';
import { useDemos } from '../context';
import { useT } from '../../components/useT';
import { demos, type DemoT } from '../../i18n/sections/demos';
import { preluSummary } from '../text';
import { AlphaStrip } from '../trainingViews/AlphaStrip';
import { negativeAlphaLine } from '../trainingViews/dyingText';
import { FitChart } from '../trainingViews/FitChart';
import type { TrainingSession } from '../trainingViews/session';
import { TraceChart } from '../trainingViews/TraceChart';
import { SelectField } from '../../components/SelectField';
import { Summary } from '../ui/Summary';
import { TrainerDemo } from './TrainerDemo';
import type { PanelProps } from './types';

/** Claim 5: PReLU's α, from PyTorch's 0.25, moves as the network trains. */
export function PreluPanel(props: PanelProps) {
  const t = useT(demos);
  const s = useDemos((st) => st.prelu);
  const update = useDemos((st) => st.update);
  const { units, lr, shift, seed, alpha } = s;
  const runs = useMemo<TrainerOptions[]>(
    () => [
      {
        units,
        activation: { id: 'prelu' },
        alphaMode: alpha,
        learningRate: lr,
        biasShift: shift,
        seed,
      },
    ],
    [units, lr, shift, seed, alpha],
  );

  const mode = (
    <SelectField
      className="ae-demo-field"
      label={t('demoAlphaMode')}
      value={s.alpha}
      options={[
        { value: 'unit', label: t('demoAlphaUnit') },
        { value: 'shared', label: t('demoAlphaShared') },
      ]}
      onChange={(a) => update('prelu', { alpha: a })}
    />
  );

  return (
    <TrainerDemo
      {...props}
      demo="prelu"
      title={t('demoPreluTitle')}
      lead={t('demoPreluLead')}
      lrLabel={t('demoLrAdam')}
      runs={runs}
      fieldsBefore={mode}
      results={(session, version) => <PreluResults session={session} version={version} t={t} />}
    />
  );
}

function PreluResults({
  session,
  version,
  t,
}: {
  session: TrainingSession;
  version: number;
  t: DemoT;
}) {
  const run = session.runs[0]!;
  const s = run.snapshot;
  const count = run.history.alphaCount;
  const alphas = useMemo(
    () =>
      Array.from({ length: count }, (_, j) => ({
        values: run.history.alpha(j),
        colour: 1,
        faint: count > 1,
      })),
    // `version` marks new entries in the same (growing) history buffers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [run, count, version],
  );
  if (!s) return <p className="ae-hint ae-demo-busy">{t('demoWorking')}</p>;
  const negative = negativeAlphaLine(t, s);
  return (
    <>
      <div className="ae-demo-pair">
        <figure className="ae-demo-figure">
          <figcaption className="ae-demo-caption">{t('demoAlphaTitle')}</figcaption>
          <TraceChart
            series={alphas}
            target={session.target}
            xTitle={t('demoStepAxis')}
            height={220}
            testId="alpha-line"
          />
        </figure>
        <FitChart snapshot={s} title={t('demoFitTitle', { name: 'PReLU' })} xTitle="x" colour={1} />
      </div>
      {s.alpha && <AlphaStrip alpha={s.alpha} step={s.step} t={t} />}
      <Summary lines={[preluSummary(t, s)]} label={t('demoSummary')} testId="summary-prelu" />
      <Summary
        lines={negative ? [negative] : []}
        label={t('demoAlphaNegativeLabel')}
        testId="summary-prelu-negative"
      />
    </>
  );
}
