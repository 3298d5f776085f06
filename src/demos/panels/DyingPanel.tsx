import { useMemo, useState } from 'react';
import { formatValue } from '../../components/formatValue';
import type { TrainerOptions } from '../../train/dying';
import { useDemos } from '../context';
import { DemoSection } from '../DemoSection';
import { useDemoT, type DemoT } from '../i18n';
import { DYING_FNS, LEARNING_RATES, SCHEMA, type DyingSettings } from '../schema';
import { dyingSummary, fnName } from '../text';
import { FitChart } from '../train/FitChart';
import type { Run, TrainingSession } from '../train/session';
import { TraceChart } from '../train/TraceChart';
import { TrainControls } from '../train/TrainControls';
import { UnitGrid, UnitKey } from '../train/UnitGrid';
import { useTrainingSession } from '../train/useTrainingSession';
import { CheckField } from '../ui/CheckField';
import { grid } from '../ui/grid';
import { LadderField } from '../ui/LadderField';
import { Legend } from '../ui/Legend';
import { RangeField } from '../ui/RangeField';
import { SeedField } from '../ui/SeedField';
import { SelectField } from '../ui/SelectField';
import { Summary } from '../ui/Summary';
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

interface ResultsProps {
  session: TrainingSession;
  version: number;
  units: number;
  t: DemoT;
}

function DyingResults({ session, version, units, t }: ResultsProps) {
  const runs = session.runs;
  const side = runs.length > 1;
  const lines = runs.flatMap((r) =>
    r.snapshot ? [dyingSummary(t, r.options.activation.id, r.snapshot)] : [],
  );
  const dead = useMemo(
    () => runs.map((r, i) => ({ values: r.history.dead(), colour: i + 1 })),
    // `version` marks new entries in the same (growing) history buffers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, version],
  );
  const loss = useMemo(
    () => runs.map((r, i) => ({ values: r.history.loss(), colour: i + 1 })),
    // `version` marks new entries in the same (growing) history buffers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, version],
  );
  const xTitle = t('demoStepAxis');
  return (
    <>
      <div className={side ? 'ae-demo-runs ae-demo-runs-side' : 'ae-demo-runs'}>
        {runs.map((r, i) => (
          <RunView key={r.options.activation.id} run={r} colour={i + 1} compact={side} t={t} />
        ))}
      </div>
      <UnitKey
        labels={{
          alive: t('demoUnitAlive'),
          negative: t('demoUnitNegative'),
          dead: t('demoUnitDead'),
        }}
      />
      {side && (
        <Legend
          label={t('demoLegend')}
          items={runs.map((r, i) => ({ label: fnName(r.options.activation.id), colour: i + 1 }))}
        />
      )}
      <div className="ae-demo-pair">
        <figure className="ae-demo-figure">
          <figcaption className="ae-demo-caption">{t('demoDeadTitle')}</figcaption>
          <TraceChart
            series={dead}
            target={session.target}
            yDomain={[0, units]}
            xTitle={xTitle}
            testId="dead-line"
          />
        </figure>
        <figure className="ae-demo-figure">
          <figcaption className="ae-demo-caption">{t('demoLossTitle')}</figcaption>
          <TraceChart series={loss} target={session.target} yLog xTitle={xTitle} />
        </figure>
      </div>
      <Summary lines={lines} label={t('demoSummary')} testId="summary-dying" />
    </>
  );
}

function RunView({
  run,
  colour,
  compact,
  t,
}: {
  run: Run;
  colour: number;
  compact: boolean;
  t: DemoT;
}) {
  const s = run.snapshot;
  if (!s) return <p className="ae-hint ae-demo-busy">{t('demoWorking')}</p>;
  const name = fnName(run.options.activation.id);
  return (
    <div className="ae-demo-run" data-fn={run.options.activation.id}>
      <FitChart
        snapshot={s}
        title={t('demoFitTitle', { name })}
        xTitle="x"
        colour={colour}
        height={compact ? 150 : 190}
      />
      <p className="ae-demo-caption">{t('demoUnitsTitle')}</p>
      <UnitGrid snapshot={s} label={dyingSummary(t, run.options.activation.id, s)} />
    </div>
  );
}
