import type {
  JobId,
  JobKind,
  JobOptionsMap,
  JobResultMap,
  JobSpec,
  JobState,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import type { TrainSnapshot } from './dying';
import { createJobRunner } from './runner';

/** What the client needs from a Worker (a real one, or `createInProcessWorker()`). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  removeEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerResponse>) => void,
  ): void;
  terminate(): void;
}

/** Starts the demos' module worker (Vite bundles `worker.ts` as its own chunk). */
export function createDemoWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'activation-demos',
  }) as unknown as WorkerLike;
}

/**
 * Runs the job runner on the calling thread, behind the Worker interface: for tests, and as a
 * fallback where module workers are unavailable (work then blocks that thread in ~12 ms slices).
 */
export function createInProcessWorker(): WorkerLike {
  const listeners = new Set<(event: MessageEvent<WorkerResponse>) => void>();
  let closed = false;
  const runner = createJobRunner({
    // Deliver asynchronously, like a worker; structuredClone mimics the copy a worker makes.
    post: (message) =>
      void setTimeout(() => {
        if (closed) return;
        const event = { data: structuredClone(message) } as MessageEvent<WorkerResponse>;
        listeners.forEach((l) => l(event));
      }, 0),
  });
  return {
    postMessage: (message) => {
      const copy = structuredClone(message);
      setTimeout(() => !closed && runner.handleMessage(copy), 0);
    },
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
    terminate: () => {
      closed = true;
      for (const id of runner.jobs()) runner.handleMessage({ type: 'cancel', id });
      listeners.clear();
    },
  };
}

export interface JobHandlers<K extends JobKind> {
  onState?(state: JobState): void;
  onProgress?(done: number, total: number): void;
  onSnapshot?(snapshot: TrainSnapshot, target: number): void;
  onResult?(result: K extends keyof JobResultMap ? JobResultMap[K] : never): void;
  onError?(error: { name: string; message: string }): void;
}

export interface JobHandle {
  readonly id: JobId;
  pause(): void;
  /** For training, `steps` sets a new target total of updates. */
  resume(steps?: number): void;
  /** Training: run exactly `steps` updates now. */
  step(steps: number): void;
  cancel(): void;
}

/** Typed job control over a worker: one message listener, jobs told apart by id. */
export interface DemoClient {
  start<K extends JobKind>(kind: K, options: JobOptionsMap[K], handlers: JobHandlers<K>): JobHandle;
  /** Detaches the listener (the worker itself is left to its owner). */
  dispose(): void;
}

export function createDemoClient(worker: WorkerLike): DemoClient {
  const handlers = new Map<JobId, { kind: JobKind; h: JobHandlers<JobKind> }>();
  let counter = 0;
  const listener = (event: MessageEvent<WorkerResponse>) => {
    const m = event.data;
    const entry = handlers.get(m.id);
    if (!entry) return;
    const { h } = entry;
    switch (m.type) {
      case 'state':
        h.onState?.(m.state);
        // A finished training job can still be stepped or resumed; anything else is over.
        if (m.state === 'cancelled' || (m.state === 'finished' && entry.kind !== 'train'))
          handlers.delete(m.id);
        break;
      case 'progress':
        h.onProgress?.(m.done, m.total);
        break;
      case 'snapshot':
        h.onSnapshot?.(m.snapshot, m.target);
        break;
      case 'result':
        (h.onResult as ((r: unknown) => void) | undefined)?.(m.result);
        break;
      case 'error':
        h.onError?.({ name: m.name, message: m.message });
        handlers.delete(m.id);
        break;
    }
  };
  worker.addEventListener('message', listener);
  return {
    start(kind, options, h) {
      const id = `${kind}-${++counter}`;
      handlers.set(id, { kind, h: h as JobHandlers<JobKind> });
      // TypeScript cannot correlate K with the union member; the pair is right by construction.
      worker.postMessage({ type: 'start', id, job: { kind, options } as JobSpec });
      const send = (m: WorkerRequest) => worker.postMessage(m);
      return {
        id,
        pause: () => send({ type: 'pause', id }),
        resume: (steps) => send({ type: 'resume', id, steps }),
        step: (steps) => send({ type: 'step', id, steps }),
        cancel: () => send({ type: 'cancel', id }),
      };
    },
    dispose: () => worker.removeEventListener('message', listener),
  };
}
