import { afterEach, describe, expect, it } from 'vitest';
import { createDemoClient, createInProcessWorker, type WorkerLike } from '../../train/client';
import { Trainer } from '../../train/dying';
import { LOCKSTEP, TrainingSession } from './session';

const relu = { units: 16, activation: { id: 'relu' }, learningRate: 0.05, seed: 7 };
let workers: WorkerLike[] = [];
afterEach(() => {
  workers.forEach((w) => w.terminate());
  workers = [];
});

function open(runs = [relu], target = 200) {
  const worker = createInProcessWorker();
  workers.push(worker);
  let changes = 0;
  const session = new TrainingSession(createDemoClient(worker), runs, target, () => changes++);
  return { session, changes: () => changes };
}

async function until(pred: () => boolean, ms = 30_000) {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('TrainingSession', { timeout: 60_000 }, () => {
  it('starts at step 0 with the initial state shown, and waits for play', async () => {
    const { session } = open();
    await until(() => session.runs[0]!.snapshot !== null);
    await sleep(30);
    expect(session.step).toBe(0);
    expect(session.status).toBe('ready');
    expect(session.runs[0]!.snapshot!.alive).toHaveLength(16);
  });

  it('plays to the target and reports done, with the same trace as a direct run', async () => {
    const { session } = open([relu], 150);
    await until(() => session.runs[0]!.snapshot !== null);
    session.play();
    expect(session.status).toBe('running');
    await until(() => session.status === 'done');
    expect(session.step).toBe(150);
    const direct = new Trainer(relu).step(150);
    expect(Array.from(session.runs[0]!.history.loss().subarray(0, 150))).toEqual(
      Array.from(direct.trace.loss),
    );
    expect(session.runs[0]!.snapshot!.deadCount).toBe(direct.deadCount);
  });

  it('pause stops the counter, step moves it by exactly n, play resumes', async () => {
    const { session } = open([relu], 100_000);
    await until(() => session.runs[0]!.snapshot !== null);
    session.play();
    await until(() => session.step > 0);
    session.pause();
    expect(session.status).toBe('paused');
    await sleep(50); // a chunk already under way may still land
    const paused = session.step;
    await sleep(100);
    expect(session.step).toBe(paused);
    session.stepBy(10);
    await until(() => session.step === paused + 10);
    session.play();
    await until(() => session.step > paused + 10);
    session.dispose();
  });

  it('moving the target while playing keeps training going to the new target', async () => {
    const { session } = open([relu], 50);
    await until(() => session.runs[0]!.snapshot !== null);
    session.play();
    session.setTarget(300);
    await until(() => session.status === 'done');
    expect(session.step).toBe(300);
    expect(session.target).toBe(300);
  });

  it('runs several functions side by side from the same seed, in lockstep', async () => {
    const runs = ['relu', 'elu'].map((id) => ({ ...relu, activation: { id } }));
    let spread = 0;
    const worker = createInProcessWorker();
    workers.push(worker);
    const session: TrainingSession = new TrainingSession(
      createDemoClient(worker),
      runs,
      260,
      () => {
        const steps = session.runs.map((r) => r.snapshot?.step ?? 0);
        spread = Math.max(spread, Math.max(...steps) - Math.min(...steps));
      },
    );
    await until(() => session.runs.every((r) => r.snapshot !== null));
    // Same weights at step 0: the units ReLU starts dead with are ELU's negative ones.
    const [r0, l0] = session.runs.map((r) => r.snapshot!);
    expect(Array.from(l0!.negative)).toEqual(Array.from(r0!.negative));
    expect(r0!.deadCount).toBe(l0!.negativeCount);
    session.play();
    await until(() => session.status === 'done');
    expect(session.runs.map((r) => r.snapshot!.step)).toEqual([260, 260]);
    // ELU costs more per step than ReLU, yet neither ran more than a stage ahead.
    expect(spread).toBeGreaterThan(0);
    expect(spread).toBeLessThanOrEqual(LOCKSTEP);
  });

  it('reports a failing job as an error', async () => {
    const { session } = open([{ ...relu, units: 999 }]);
    await until(() => session.status === 'error');
    expect(session.runs[0]!.error).toMatch(/units/);
    session.play();
    expect(session.status).toBe('error');
  });

  it('ignores everything after dispose', async () => {
    const { session, changes } = open();
    await until(() => session.runs[0]!.snapshot !== null);
    session.dispose();
    const before = changes();
    session.play();
    session.stepBy(5);
    await sleep(50);
    expect(changes()).toBe(before);
  });
});
