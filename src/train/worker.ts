/**
 * Web Worker entry of the "Why it works" demos (a module worker):
 *
 *   new Worker(new URL('../train/worker.ts', import.meta.url), { type: 'module' })
 *
 * or `createDemoWorker()` from `client.ts`. All logic lives in `runner.ts`; this file only
 * connects it to the worker's message port.
 */
import type { WorkerRequest, WorkerResponse } from './protocol';
import { createJobRunner } from './runner';
import { createMessageChannelScheduler } from './scheduler';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const runner = createJobRunner({
  post: (message, transfer) => scope.postMessage(message, transfer),
  schedule: createMessageChannelScheduler(),
});
scope.addEventListener('message', (event) => runner.handleMessage(event.data));
