/**
 * Messages between the demos' UI and the computation worker (`worker.ts`). Everything here is
 * structured-cloneable; training snapshots' typed arrays are transferred, not copied.
 *
 * Flow: the UI sends `start` with a job id of its choosing; the worker answers with `state`
 * (`running`), then `progress` (cost, depth, sparsity, distribution) or `snapshot` (train) messages, and
 * finally `result` + `state: finished` — or `error`. `pause`/`resume`/`cancel` act between
 * chunks of work, so they take effect within one chunk (~12 ms). A training job stays alive
 * after reaching its target (state `finished`) so it can be stepped or resumed further.
 */
import type { CostOptions, CostResult } from './cost';
import type { DepthOptions, DepthResult } from './depth';
import type { DistributionOptions, DistributionResult } from './distribution';
import type { TrainerOptions, TrainSnapshot } from './dying';
import type { SparsityOptions, SparsityResult } from './sparsity';

export type JobId = string;

export interface TrainJobOptions extends TrainerOptions {
  /** Updates to run before stopping by itself (the demo's "steps" slider). */
  steps: number;
}

/** Options of each kind of job. */
export interface JobOptionsMap {
  cost: Omit<CostOptions, 'now'>;
  depth: DepthOptions;
  sparsity: SparsityOptions;
  distribution: DistributionOptions;
  train: TrainJobOptions;
}

/** Final results of the one-shot jobs. */
export interface JobResultMap {
  cost: CostResult;
  depth: DepthResult;
  sparsity: SparsityResult;
  distribution: DistributionResult;
}

export type JobKind = keyof JobOptionsMap;
export type ComputeKind = keyof JobResultMap;

export type JobSpec = { [K in JobKind]: { kind: K; options: JobOptionsMap[K] } }[JobKind];

export type JobState = 'running' | 'paused' | 'finished' | 'cancelled';

/** UI → worker. */
export type WorkerRequest =
  | { type: 'start'; id: JobId; job: JobSpec }
  | { type: 'pause'; id: JobId }
  /** Continue; for training, `steps` optionally sets a new target total of updates. */
  | { type: 'resume'; id: JobId; steps?: number }
  /** Training only: run exactly `steps` updates now (e.g. the "step" button while paused). */
  | { type: 'step'; id: JobId; steps: number }
  | { type: 'cancel'; id: JobId };

export type ResultMessage = {
  [K in ComputeKind]: { type: 'result'; id: JobId; kind: K; result: JobResultMap[K] };
}[ComputeKind];

/** Worker → UI. */
export type WorkerResponse =
  | { type: 'state'; id: JobId; state: JobState }
  | { type: 'progress'; id: JobId; kind: ComputeKind; done: number; total: number }
  /** Training: the state after `snapshot.step` updates; `target` is the current goal. */
  | { type: 'snapshot'; id: JobId; snapshot: TrainSnapshot; target: number }
  | ResultMessage
  | { type: 'error'; id: JobId; name: string; message: string };

/** Largest `step` request (keeps one message from blocking the worker for long). */
export const MAX_STEP_REQUEST = 100_000;
