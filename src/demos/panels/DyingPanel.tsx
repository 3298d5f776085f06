import { useMemo, useState } from 'react';
import { formatValue } from '../../components/formatValue';
import type { TrainerOptions } from '../../train/dying';
import { useDemos } from '../context';
import { DemoSection } from '../DemoSection';
import { useDemoT } from '../i18n';
import { DYING_FNS, LEARNING_RATES, SCHEMA, type DyingSettings } from '../schema';
import { fnName } from '../text';
import { DyingResults } from '../train/DyingResults';
import { TrainControls } from '../train/TrainControls';
import { useTrainingSession } from '../train/useTrainingSession';
import { CheckField } from '../ui/CheckField';
import { grid } from '../ui/grid';
import { LadderField } from '../ui/LadderField';
import { RangeField } from '../ui/RangeField';
import { SeedField } from '../ui/SeedField';
import { SelectField } from '../ui/SelectField';
import type { PanelProps } from './types';

const F = SCHEMA.dying;

/** The trainer options of each run: one function, or all four from the same seed. */
function useRuns(s: DyingSettings): TrainerOptions[] {
  const { units, lr, shift, seed, fn, side } = s;
  return useMemo(
    () =>
      (side ? DYING_FNS : [fn]).map((id) => ({
        units,
        activation: { id },
        learningRate: lr,
        biasShift: shift,
        seed,
      })),
    [units, lr, shift, seed, fn, side],
  );
}

/** Claim 4: units die under ReLU (and not under its fixes) while a small network trains. */
export function DyingPanel({ level, offerAlone = false }: PanelProps) {
  const t = useDemoT();
  const s = useDemos((st) => st.dying);
  const update = useDemos((st) => st.update);
  const runs = useRuns(s);
  const [resetKey, setResetKey] = useState(0);
  const { session, error, version } = useTrainingSession(runs, s.steps, resetKey);
  const set = (patch: Parameters<typeof update<'dying'>>[1]) => update('dying', patch);

  const controls = (
    <>
      <RangeField
        label={t('demoUnits')}
        {...grid(F.units)}
        value={s.units}
        onChange={(units) => set({ units })}
      />
      <LadderField
        label={t('demoLr')}
        values={LEARNING_RATES}
        value={s.lr}
        format={formatValue}
        onChange={(lr) => set({ lr })}
      />
      <RangeField
        label={t('demoShift')}
        {...grid(F.shift)}
        value={s.shift}
        format={formatValue}
        onChange={(shift) => set({ shift })}
      />
      <RangeField
        label={t('demoSteps')}
        {...grid(F.steps)}
        value={s.steps}
        onChange={(steps) => set({ steps })}
      />
      <SelectField
        label={t('demoActivation')}
        value={s.fn}
        options={DYING_FNS.map((id) => ({ value: id, label: fnName(id) }))}
        onChange={(fn) => set({ fn })}
      />
      <CheckField label={t('demoSideBySide')} checked={s.side} onChange={(side) => set({ side })} />
      <SeedField value={s.seed} max={F.seed.max} onChange={(seed) => set({ seed })} t={t} />
    </>
  );

  return (
    <DemoSection
      demo="dying"
      level={level}
      title={t('demoDyingTitle')}
      lead={t('demoDyingLead')}
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
      {session && <DyingResults session={session} version={version} units={s.units} t={t} />}
    </DemoSection>
  );
}
