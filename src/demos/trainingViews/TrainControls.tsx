import type { DemoKey, DemoT } from '../../i18n/sections/demos';
import type { SessionStatus, TrainingSession } from './session';

/** Updates per press of "Step". */
const STEP_SIZE = 10;

const STATUS: Record<SessionStatus, DemoKey> = {
  ready: 'demoStatusReady',
  running: 'demoStatusRunning',
  paused: 'demoStatusPaused',
  done: 'demoStatusDone',
  error: 'demoStatusError',
};

export interface TrainControlsProps {
  session: TrainingSession | null;
  onReset(): void;
  t: DemoT;
}

/**
 * Play/pause, step and reset, like a training playground, with the step counter and a native
 * progress bar. The play button keeps its place and focus when it turns into "pause".
 */
export function TrainControls({ session, onReset, t }: TrainControlsProps) {
  const status = session?.status ?? 'ready';
  const step = session?.step ?? 0;
  const target = session?.target ?? 0;
  const running = status === 'running';
  const atEnd = step >= target;
  return (
    <div className="ae-demo-train" role="group" aria-label={t('demoTrainControls')}>
      <div className="ae-button-row">
        <button
          type="button"
          className="ae-button ae-demo-primary"
          disabled={!session || status === 'error' || (!running && atEnd)}
          onClick={() => (running ? session?.pause() : session?.play())}
        >
          {t(running ? 'demoPause' : 'demoPlay')}
        </button>
        <button
          type="button"
          className="ae-button"
          disabled={!session || running || status === 'error'}
          onClick={() => session?.stepBy(STEP_SIZE)}
        >
          {t('demoStep', { n: STEP_SIZE })}
        </button>
        <button type="button" className="ae-button" disabled={!session} onClick={onReset}>
          {t('demoReset')}
        </button>
      </div>
      <div className="ae-demo-progress">
        <progress
          aria-label={t('demoTrainProgress')}
          max={Math.max(1, target)}
          value={Math.min(step, target)}
        />
        <span className="ae-demo-progress-text" data-testid="train-step">
          {t(STATUS[status])} · {t('demoStepOf', { step, target })}
        </span>
      </div>
    </div>
  );
}
