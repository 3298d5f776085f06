import { useMemo, useState } from 'react';
import { formatValue } from '../../components/formatValue';
import type { TrainerOptions } from '../../train/dying';
import { useDemos } from '../context';
import { DemoSection } from '../DemoSection';
import { useDemoT, type DemoT } from '../i18n';
import { LEARNING_RATES, SCHEMA } from '../schema';
import { preluSummary } from '../text';
import { FitChart } from '../train/FitChart';
import type { TrainingSession } from '../train/session';
import { TraceChart } from '../train/TraceChart';
import { TrainControls } from '../train/TrainControls';
import { useTrainingSession } from '../train/useTrainingSession';
import { grid } from '../ui/grid';
import { LadderField } from '../ui/LadderField';
import { RangeField } from '../ui/RangeField';
import { SeedField } from '../ui/SeedField';
import { SelectField } from '../ui/SelectField';
import { Summary } from '../ui/Summary';
import type { PanelProps } from './types';

const F = SCHEMA.prelu;

/** Claim 5: PReLU's α, from PyTorch's 0.25, moves as the network trains. */
export function PreluPanel({ level, offerAlone = false }: PanelProps) {
  const t = useDemoT();
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
  const [resetKey, setResetKey] = useState(0);
  const { session, error, version } = useTrainingSession(runs, s.steps, resetKey);
  const set = (patch: Parameters<typeof update<'prelu'>>[1]) => update('prelu', patch);

  const controls = (
    <>
      <SelectField
        label={t('demoAlphaMode')}
        value={s.alpha}
        options={[
          { value: 'unit', label: t('demoAlphaUnit') },
          { value: 'shared', label: t('demoAlphaShared') },
        ]}
        onChange={(a) => set({ alpha: a })}
      />
      <RangeField
        label={t('demoUnits')}
        {...grid(F.units)}
        value={s.units}
        onChange={(u) => set({ units: u })}
      />
      <LadderField
        label={t('demoLr')}
        values={LEARNING_RATES}
        value={s.lr}
        format={formatValue}
        onChange={(v) => set({ lr: v })}
      />
      <RangeField
        label={t('demoShift')}
        {...grid(F.shift)}
        value={s.shift}
        format={formatValue}
        onChange={(v) => set({ shift: v })}
      />
      <RangeField
        label={t('demoSteps')}
        {...grid(F.steps)}
        value={s.steps}
        onChange={(v) => set({ steps: v })}
      />
      <SeedField value={s.seed} max={F.seed.max} onChange={(v) => set({ seed: v })} t={t} />
    </>
  );

  return (
    <DemoSection
      demo="prelu"
      level={level}
      title={t('demoPreluTitle')}
      lead={t('demoPreluLead')}
      offerAlone={offerAlone}
      controls={controls}
      t={t}
    >
      <TrainControls session={session} onReset={() => setResetKey((k) => k + 1)} t={t} />
      {error && (
        <p className="ae-field-error" role="alert">
          {t('demoError', { message: error })}
        </p>
      )}
      {session && <PreluResults session={session} version={version} t={t} />}
    </DemoSection>
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
      <Summary lines={[preluSummary(t, s)]} label={t('demoSummary')} testId="summary-prelu" />
    </>
  );
}
