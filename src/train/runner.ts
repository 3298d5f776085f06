import { costSteps } from './cost';
import {
  createDepthNetwork,
  depthNetworkKey,
  depthSteps,
  type DepthNetwork,
  type DepthOptions,
} from './depth';
import { distributionSteps } from './distribution';
import { Trainer, type TrainSnapshot } from './dying';
import type { Steps } from './progress';
import {
  MAX_STEP_REQUEST,
  type ComputeKind,
  type JobId,
  type JobResultMap,
  type JobSpec,
  type JobState,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { sparsitySteps } from './sparsity';

export interface RunnerOptions {
  /** Sends a message to the UI; `transfer` lists buffers that may be moved rather than copied. */
  post(message: WorkerResponse, transfer: Transferable[]): void;
  /** Runs `callback` soon, after pending messages (default `setTimeout(callback, 0)`). */
  schedule?(callback: () => void): void;
  /** Clock in ms (default performance.now). */
  now?(): number;
  /** Work per chunk before yielding, ms (default 12: leaves most of a frame to messages). */
  sliceMs?: number;
}

interface ComputeJob {
  kind: ComputeKind;
  id: JobId;
  state: JobState;
  steps: Steps<JobResultMap[ComputeKind]>;
}

interface TrainJob {
  kind: 'train';
  id: JobId;
  state: JobState;
  trainer: Trainer;
  target: number;
  /** Running estimate of ms per update, to size chunks. */
  msPerStep: number;
}

type Job = ComputeJob | TrainJob;

export interface JobRunner {
  handleMessage(message: WorkerRequest): void;
  /** Ids of live jobs (running, paused or finished training). */
  jobs(): JobId[];
}

/**
 * The worker's job logic, free of any Worker API so it runs (and is tested) in node: jobs run
 * in time-boxed chunks via `schedule`, and messages handled between chunks pause, resume, step
 * or cancel them. Several jobs may run at once (e.g. side-by-side trainers); they interleave.
 */
export function createJobRunner(options: RunnerOptions): JobRunner {
  const { post } = options;
  const schedule = options.schedule ?? ((cb: () => void) => void setTimeout(cb, 0));
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 12;
  const jobs = new Map<JobId, Job>();
  // The last depth job's networks (one per seed), reused when only the functions change (the
  // common interaction); the networks of earlier configurations are dropped.
  const depthNetworks = new Map<string, DepthNetwork>();
  const depthNetwork = (o: DepthOptions): DepthNetwork => {
    const key = depthNetworkKey(o);
    let net = depthNetworks.get(key);
    if (!net) depthNetworks.set(key, (net = createDepthNetwork(o)));
    return net;
  };

  const setState = (job: Job, state: JobState) => {
    job.state = state;
    post({ type: 'state', id: job.id, state }, []);
  };

  const fail = (id: JobId, e: unknown) => {
    jobs.delete(id);
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: 'error', id, name: err.name, message: err.message }, []);
  };

  const postSnapshot = (job: TrainJob, snapshot: TrainSnapshot) => {
    const s = snapshot;
    const transfer = [s.alive, s.negative, s.fit, s.gridX, s.trace.loss, s.trace.deadCount];
    if (s.alpha) transfer.push(s.alpha);
    if (s.trace.alpha) transfer.push(s.trace.alpha);
    post(
      { type: 'snapshot', id: job.id, snapshot: s, target: job.target },
      transfer.map((a) => a.buffer as ArrayBuffer),
    );
  };

  /** Keeps `job` going if it is still the live job under its id and running. */
  const queue = (job: Job) =>
    schedule(() => {
      if (jobs.get(job.id) !== job || job.state !== 'running') return;
      try {
        if (job.kind === 'train') tickTrain(job);
        else tickCompute(job);
      } catch (e) {
        fail(job.id, e);
      }
    });

  const tickCompute = (job: ComputeJob) => {
    const t0 = now();
    let progress: { done: number; total: number } | undefined;
    for (;;) {
      const r = job.steps.next();
      if (r.done) {
        jobs.delete(job.id);
        post({ type: 'result', id: job.id, kind: job.kind, result: r.value } as WorkerResponse, []);
        setState(job, 'finished');
        return;
      }
      progress = r.value;
      if (now() - t0 >= sliceMs) break;
    }
    post({ type: 'progress', id: job.id, kind: job.kind, ...progress }, []);
    queue(job);
  };

  const tickTrain = (job: TrainJob) => {
    const remaining = job.target - job.trainer.steps;
    if (remaining <= 0) return setState(job, 'finished');
    const k = Math.max(1, Math.min(remaining, Math.floor(sliceMs / job.msPerStep)));
    const t0 = now();
    const snapshot = job.trainer.step(k);
    const perStep = Math.max((now() - t0) / k, 1e-4);
    job.msPerStep = 0.5 * job.msPerStep + 0.5 * perStep;
    postSnapshot(job, snapshot);
    if (job.trainer.steps >= job.target) setState(job, 'finished');
    else queue(job);
  };

  const start = (id: JobId, spec: JobSpec) => {
    const old = jobs.get(id);
    if (old) jobs.delete(id); // a restart under the same id replaces the old job silently
    let job: Job;
    switch (spec.kind) {
      case 'train': {
        const { steps, ...trainerOptions } = spec.options;
        if (!Number.isInteger(steps) || steps < 0)
          throw new RangeError(`steps = ${steps}: need a whole number ≥ 0`);
        const trainer = new Trainer(trainerOptions);
        job = { kind: 'train', id, state: 'running', trainer, target: steps, msPerStep: 0.5 };
        jobs.set(id, job);
        setState(job, 'running');
        postSnapshot(job, trainer.snapshot());
        break;
      }
      case 'cost':
        job = { kind: 'cost', id, state: 'running', steps: costSteps(spec.options) };
        break;
      case 'depth': {
        const o = spec.options;
        const keep = new Set(
          Array.from({ length: o.seeds ?? 1 }, (_, k) =>
            depthNetworkKey({ ...o, seed: o.seed + k }),
          ),
        );
        for (const key of depthNetworks.keys()) if (!keep.has(key)) depthNetworks.delete(key);
        const steps = depthSteps(o, depthNetwork);
        job = { kind: 'depth', id, state: 'running', steps };
        break;
      }
      case 'sparsity':
        job = { kind: 'sparsity', id, state: 'running', steps: sparsitySteps(spec.options) };
        break;
      case 'distribution':
        job = {
          kind: 'distribution',
          id,
          state: 'running',
          steps: distributionSteps(spec.options),
        };
        break;
      default:
        throw new RangeError(
          `Unknown job kind: ${JSON.stringify((spec as { kind: unknown }).kind)}`,
        );
    }
    if (job.kind !== 'train') {
      jobs.set(id, job);
      setState(job, 'running');
    }
    queue(job);
  };

  const handleMessage = (m: WorkerRequest) => {
    try {
      if (m.type === 'start') return start(m.id, m.job);
      const job = jobs.get(m.id);
      if (!job) throw new RangeError(`No job with id ${JSON.stringify(m.id)}`);
      switch (m.type) {
        case 'pause':
          if (job.state === 'running') setState(job, 'paused');
          return;
        case 'resume':
          if (job.kind === 'train' && m.steps !== undefined) {
            if (!Number.isInteger(m.steps) || m.steps < 0)
              throw new RangeError(`steps = ${m.steps}: need a whole number ≥ 0`);
            job.target = m.steps;
          }
          if (job.state !== 'running') {
            setState(job, 'running');
            queue(job);
          }
          return;
        case 'step': {
          if (job.kind !== 'train') throw new RangeError(`step: job ${m.id} is not training`);
          if (!Number.isInteger(m.steps) || m.steps < 1 || m.steps > MAX_STEP_REQUEST)
            throw new RangeError(`step: steps = ${m.steps} outside 1…${MAX_STEP_REQUEST}`);
          postSnapshot(job, job.trainer.step(m.steps));
          return;
        }
        case 'cancel':
          jobs.delete(m.id);
          setState(job, 'cancelled');
          return;
      }
    } catch (e) {
      fail(m.id, e);
    }
  };

  return { handleMessage, jobs: () => [...jobs.keys()] };
}
