import { useMemo } from 'react';
import type { OptimizerKind } from '../../train/optim';
import type { DemoT } from '../../i18n/sections/demos';
import { dyingSummary, fnName } from '../text';
import { Legend } from '../ui/Legend';
import { Summary } from '../ui/Summary';
import { dyingStory, lossComparison } from './dyingText';
import { FitChart } from './FitChart';
import type { Run, TrainingSession } from './session';
import { TraceChart, type TraceSeries } from './TraceChart';
import { UnitGrid, UnitKey } from './UnitGrid';

export interface DyingResultsProps {
  session: TrainingSession;
  /** The session's redraw counter: new data in the same growing histories. */
  version: number;
  /** Hidden units per run (the count axes run to it). */
  units: number;
  /** The runs' optimiser (it decides what the story of the dead units can say). */
  optimizer: OptimizerKind;
  t: DemoT;
}

/**
 * One line per run over training, straight from the run's history: the `dead` units (no
 * gradient), the `negative` ones (input ≤ 0 at every training point) or the `loss`.
 */
export function historySeries(
  runs: readonly Run[],
  count: 'dead' | 'negative' | 'loss',
): TraceSeries[] {
  return runs.map((r, i) => ({ values: r.history[count](), colour: i + 1 }));
}

/**
 * The dying-ReLU runs: each one's fit and units, then over training for all of them the dead
 * units, the units with input ≤ 0 everywhere and the loss, and the result in words.
 */
export function DyingResults({ session, version, units, optimizer, t }: DyingResultsProps) {
  const runs = session.runs;
  const side = runs.length > 1;
  const lines = runs.flatMap((r) =>
    r.snapshot ? [dyingSummary(t, r.options.activation.id, r.snapshot)] : [],
  );
  const story = runs.flatMap((r) =>
    r.snapshot ? dyingStory(t, r.options.activation.id, optimizer, r.snapshot) : [],
  );
  const compared = lossComparison(
    t,
    runs.map((r) => ({ id: r.options.activation.id, snapshot: r.snapshot })),
  );
  if (compared) story.push(compared);
  // `version` marks new entries in the same (growing) history buffers.
  /* eslint-disable react-hooks/exhaustive-deps */
  const dead = useMemo(() => historySeries(runs, 'dead'), [runs, version]);
  const negative = useMemo(() => historySeries(runs, 'negative'), [runs, version]);
  const loss = useMemo(() => historySeries(runs, 'loss'), [runs, version]);
  /* eslint-enable react-hooks/exhaustive-deps */
  const xTitle = t('demoStepAxis');
  const counts = { target: session.target, yDomain: [0, units] as const, xTitle };
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
          <TraceChart series={dead} {...counts} testId="dead-line" />
        </figure>
        <figure className="ae-demo-figure">
          <figcaption className="ae-demo-caption">{t('demoNegativeTitle')}</figcaption>
          <TraceChart series={negative} {...counts} testId="negative-line" />
        </figure>
        <figure className="ae-demo-figure">
          <figcaption className="ae-demo-caption">{t('demoLossTitle')}</figcaption>
          <TraceChart series={loss} target={session.target} yLog xTitle={xTitle} />
        </figure>
      </div>
      <Summary lines={lines} label={t('demoSummary')} testId="summary-dying" />
      <Summary lines={story} label={t('demoStoryTitle')} testId="story-dying" />
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
