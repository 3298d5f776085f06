import { useState, type ReactNode } from 'react';
import { formatProse } from '../../format/number';
import type { TrainerOptions } from '../../train/dying';
import { useDemos } from '../context';
import { DemoSection } from '../DemoSection';
import { useT } from '../../components/useT';
import { demos } from '../../i18n/sections/demos';
import { LEARNING_RATES, SCHEMA } from '../schema';
import type { TrainingSession } from '../trainingViews/session';
import { TrainControls } from '../trainingViews/TrainControls';
import { useTrainingSession } from '../trainingViews/useTrainingSession';
import { grid } from '../ui/grid';
import { LadderField } from '../ui/LadderField';
import { RangeField } from '../ui/RangeField';
import { SeedField } from '../ui/SeedField';
import type { PanelProps } from './types';

/** The demos that train the small network, step by step. */
type Trainer = 'dying' | 'prelu';

export interface TrainerDemoProps extends PanelProps {
  demo: Trainer;
  title: string;
  lead: string;
  /** The learning-rate slider's label (it names the optimiser when the demo has only one). */
  lrLabel: string;
  /** The trainer options of each run, memoised: a new array starts a new session. */
  runs: readonly TrainerOptions[];
  /** The demo's own controls before the shared ones (units, rate, shift, steps). */
  fieldsBefore?: ReactNode;
  /** … and after them, before the seed. */
  fieldsAfter?: ReactNode;
  /** Charts and summary of the session; `version` changes with every redraw it asks for. */
  results(session: TrainingSession, version: number): ReactNode;
}

/** A training playground: the network's settings, play / pause / step / reset, and results. */
export function TrainerDemo({
  lrLabel,
  runs,
  fieldsBefore,
  fieldsAfter,
  results,
  ...section
}: TrainerDemoProps) {
  const { demo } = section;
  const t = useT(demos);
  const s = useDemos((st) => st[demo]);
  const update = useDemos((st) => st.update);
  const [resetKey, setResetKey] = useState(0);
  const { session, error, version } = useTrainingSession(runs, s.steps, resetKey);
  const set = (patch: Parameters<typeof update<Trainer>>[1]) => update(demo, patch);
  const F = SCHEMA[demo];

  const controls = (
    <>
      {fieldsBefore}
      <RangeField
        label={t('demoUnits')}
        {...grid(F.units)}
        value={s.units}
        onChange={(units) => set({ units })}
      />
      <LadderField
        label={lrLabel}
        values={LEARNING_RATES}
        value={s.lr}
        format={formatProse}
        onChange={(lr) => set({ lr })}
      />
      <RangeField
        label={t('demoShift')}
        {...grid(F.shift)}
        value={s.shift}
        format={formatProse}
        onChange={(shift) => set({ shift })}
      />
      <RangeField
        label={t('demoSteps')}
        {...grid(F.steps)}
        value={s.steps}
        onChange={(steps) => set({ steps })}
      />
      {fieldsAfter}
      <SeedField value={s.seed} max={F.seed.max} onChange={(seed) => set({ seed })} t={t} />
    </>
  );

  return (
    <DemoSection {...section} controls={controls} t={t}>
      <TrainControls session={session} onReset={() => setResetKey((k) => k + 1)} t={t} />
      {error && (
        <p className="ae-field-error" role="alert">
          {t('demoError', { message: error })}
        </p>
      )}
      {session && results(session, version)}
    </DemoSection>
  );
}
