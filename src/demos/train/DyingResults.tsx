import { useMemo } from 'react';
import type { DemoT } from '../../i18n/sections/demos';
import { dyingSummary, fnName } from '../text';
import { Legend } from '../ui/Legend';
import { Summary } from '../ui/Summary';
import { FitChart } from './FitChart';
import type { Run, TrainingSession } from './session';
import { TraceChart } from './TraceChart';
import { UnitGrid, UnitKey } from './UnitGrid';

export interface DyingResultsProps {
  session: TrainingSession;
  /** The session's redraw counter: new data in the same growing histories. */
  version: number;
  /** Hidden units per run (the dead-count axis runs to it). */
  units: number;
  t: DemoT;
}

/**
 * The dying-ReLU runs: each one's fit and units, then dead units and loss over training for all
 * of them, and the result in words.
 */
export function DyingResults({ session, version, units, t }: DyingResultsProps) {
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

/** One run: its current fit and the state of each hidden unit. */
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
