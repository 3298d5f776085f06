import type { JobHandle, DemoClient } from '../../train/client';
import type { TrainerOptions, TrainSnapshot } from '../../train/dying';
import { MAX_STEP_REQUEST } from '../../train/protocol';
import { TraceHistory } from './history';

/** What the training controls show. */
export type SessionStatus = 'ready' | 'running' | 'paused' | 'done' | 'error';

/** One network of a session (several run side by side from the same seed). */
export interface Run {
  readonly options: TrainerOptions;
  /** The latest state, null until the worker's first snapshot. */
  snapshot: TrainSnapshot | null;
  readonly history: TraceHistory;
  error: string | null;
}

/**
 * Runs side by side advance in stages of this many steps, all reaching each stage before any
 * goes on: functions differ in cost (ELU's exponential), and a comparison "after n steps" should
 * hold for every run at once. Long enough that the round trip per stage costs little.
 */
export const LOCKSTEP = 50;

/**
 * Training runs driven through a {@link DemoClient}, with playground controls: play until the
 * target step, pause, step, and a target that may move while playing. Plain TypeScript (no
 * React): the panel re-renders from `version` when `onChange` fires. Each run starts at step 0
 * (its initial snapshot shows which units are dead from the start) and waits for `play`.
 * Several runs advance in lockstep (see {@link LOCKSTEP}).
 */
export class TrainingSession {
  readonly runs: readonly Run[];
  /** Increases on every change; a cheap dependency for memoised views. */
  version = 0;
  private readonly handles: JobHandle[];
  private mode: 'idle' | 'playing' | 'paused' = 'idle';
  private goal: number;
  /** While playing: the step every run is currently sent to (the goal, or the next stage). */
  private stage = 0;
  private disposed = false;

  constructor(
    client: DemoClient,
    options: readonly TrainerOptions[],
    target: number,
    private readonly onChange: () => void,
  ) {
    this.goal = target;
    this.runs = options.map((o) => ({
      options: o,
      snapshot: null,
      history: new TraceHistory(alphaCount(o)),
      error: null,
    }));
    this.handles = this.runs.map((run) =>
      client.start(
        'train',
        { ...run.options, steps: 0 },
        {
          onSnapshot: (s) => this.receive(run, s),
          onError: (e) => {
            run.error = e.message;
            this.mode = 'idle';
            this.changed();
          },
        },
      ),
    );
  }

  get target(): number {
    return this.goal;
  }

  /** Updates done by the slowest run (they normally agree). */
  get step(): number {
    let min = Infinity;
    for (const r of this.runs) min = Math.min(min, r.snapshot?.step ?? 0);
    return Number.isFinite(min) ? min : 0;
  }

  get status(): SessionStatus {
    if (this.runs.some((r) => r.error !== null)) return 'error';
    if (this.mode === 'playing') return 'running';
    if (this.mode === 'paused') return 'paused';
    const step = this.step;
    return step > 0 && step >= this.goal ? 'done' : 'ready';
  }

  /** Trains until the target step (no-op when already there or failed). */
  play(): void {
    if (this.disposed || this.status === 'error' || this.step >= this.goal) return;
    this.mode = 'playing';
    this.advance();
    this.changed();
  }

  pause(): void {
    if (this.mode !== 'playing') return;
    this.mode = 'paused';
    for (const h of this.handles) h.pause();
    this.changed();
  }

  /** Runs `n` more updates now; only while not playing (the buttons enforce it too). */
  stepBy(n: number): void {
    if (this.disposed || this.mode === 'playing' || this.status === 'error') return;
    const k = Math.max(1, Math.min(MAX_STEP_REQUEST, Math.round(n)));
    for (const h of this.handles) h.step(k);
  }

  /** Moves the target; while playing, training continues (or stops) at the new one. */
  setTarget(steps: number): void {
    if (steps === this.goal) return;
    this.goal = steps;
    if (this.mode === 'playing') {
      this.advance();
      this.settle();
    }
    this.changed();
  }

  /** Cancels every job; the session ignores whatever is still in flight. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const h of this.handles) h.cancel();
  }

  private receive(run: Run, s: TrainSnapshot): void {
    if (this.disposed) return;
    run.snapshot = s;
    run.history.add(s);
    this.settle();
    this.changed();
  }

  /** Sends every run to the next stage: the goal, or LOCKSTEP further for runs side by side. */
  private advance(): void {
    const next = this.runs.length > 1 ? Math.min(this.goal, this.step + LOCKSTEP) : this.goal;
    this.stage = next;
    for (const h of this.handles) h.resume(next);
  }

  /** Playing ends when every run has reached the goal; side by side, a stage leads to the next. */
  private settle(): void {
    if (this.mode !== 'playing') return;
    const step = this.step;
    if (step >= this.goal) this.mode = 'idle';
    else if (step >= this.stage) this.advance();
  }

  private changed(): void {
    if (this.disposed) return;
    this.version++;
    this.onChange();
  }
}

/** Learnable α values a run reports: PReLU only, 1 shared or one per unit. */
function alphaCount(o: TrainerOptions): number {
  if (o.activation.id !== 'prelu') return 0;
  return (o.alphaMode ?? 'shared') === 'unit' ? o.units : 1;
}
