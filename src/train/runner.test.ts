import { describe, expect, it } from 'vitest';
import { createDemoClient, createInProcessWorker } from './client';
import { runDepthExperiment } from './depth';
import { Trainer, type TrainSnapshot } from './dying';
import type { WorkerResponse } from './protocol';
import { createJobRunner } from './runner';
import { measureSparsity } from './sparsity';

function setup(sliceMs = 12) {
  const messages: WorkerResponse[] = [];
  const runner = createJobRunner({ post: (m) => messages.push(m), sliceMs });
  const waitFor = async (pred: () => boolean, ms = 30_000) => {
    const t0 = Date.now();
    while (!pred()) {
      if (Date.now() - t0 > ms) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 1));
    }
  };
  const of = <T extends WorkerResponse['type']>(type: T, id: string) =>
    messages.filter(
      (m): m is Extract<WorkerResponse, { type: T }> => m.type === type && m.id === id,
    );
  const states = (id: string) => of('state', id).map((m) => m.state);
  return { messages, runner, waitFor, of, states };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const trainOptions = { units: 16, activation: { id: 'relu' }, learningRate: 0.01, seed: 4 };

describe('job runner', { timeout: 60_000 }, () => {
  it('runs a sparsity job to the same result as the direct call', async () => {
    const { runner, waitFor, of, states } = setup();
    const options = { activations: [{ id: 'relu' }, { id: 'gelu' }], mu: 0.5, sigma: 1, seed: 3 };
    runner.handleMessage({ type: 'start', id: 's', job: { kind: 'sparsity', options } });
    await waitFor(() => states('s').includes('finished'));
    expect(states('s')).toEqual(['running', 'finished']);
    const [result] = of('result', 's');
    expect(result!.kind).toBe('sparsity');
    expect(result!.result).toEqual(measureSparsity(options));
    expect(runner.jobs()).toEqual([]);
  });

  it('runs a depth job with progress', async () => {
    const { runner, waitFor, of, states } = setup(0);
    const options = {
      width: 8,
      depth: 6,
      batch: 32,
      init: 'he' as const,
      activations: [{ id: 'relu' }, { id: 'tanh' }, { id: 'sigmoid' }],
      seed: 2,
    };
    runner.handleMessage({ type: 'start', id: 'd', job: { kind: 'depth', options } });
    await waitFor(() => states('d').includes('finished'));
    // sliceMs = 0: one chunk (one function) per tick, each followed by its progress.
    expect(of('progress', 'd').map((m) => [m.done, m.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const res = of('result', 'd')[0]!.result as ReturnType<typeof runDepthExperiment>;
    const direct = runDepthExperiment(options);
    expect(res.series.map((s) => Array.from(s.gradNorm))).toEqual(
      direct.series.map((s) => Array.from(s.gradNorm)),
    );
  });

  it('runs a depth job over several seeds, reusing the networks when only the functions change', async () => {
    const { runner, waitFor, of, states } = setup(0);
    const base = { width: 6, depth: 5, batch: 16, init: 'he' as const, seed: 7, seeds: 3 };
    const first = { ...base, activations: [{ id: 'relu' }, { id: 'tanh' }] };
    runner.handleMessage({ type: 'start', id: 'a', job: { kind: 'depth', options: first } });
    await waitFor(() => states('a').includes('finished'));
    expect(of('progress', 'a').map((m) => [m.done, m.total])).toEqual(
      [1, 2, 3, 4, 5, 6].map((d) => [d, 6]),
    );
    const second = { ...base, activations: [{ id: 'sigmoid' }, { id: 'relu' }] };
    runner.handleMessage({ type: 'start', id: 'b', job: { kind: 'depth', options: second } });
    await waitFor(() => states('b').includes('finished'));
    for (const [id, options] of [
      ['a', first],
      ['b', second],
    ] as const) {
      const res = of('result', id)[0]!.result as ReturnType<typeof runDepthExperiment>;
      const direct = runDepthExperiment(options);
      expect(res.spread.map((s) => Array.from(s.median))).toEqual(
        direct.spread.map((s) => Array.from(s.median)),
      );
      expect(res.spread[0]!.seeds).toEqual([7, 8, 9]);
    }
  });

  it('trains in chunks to the target with the same trace as a direct run', async () => {
    const { runner, waitFor, of, states } = setup(2);
    runner.handleMessage({
      type: 'start',
      id: 't',
      job: { kind: 'train', options: { ...trainOptions, steps: 300 } },
    });
    await waitFor(() => states('t').includes('finished'));
    const snaps = of('snapshot', 't').map((m) => m.snapshot);
    expect(snaps[0]!.step).toBe(0);
    expect(snaps.at(-1)!.step).toBe(300);
    expect(snaps.length).toBeGreaterThan(2); // really chunked
    const loss = snaps.flatMap((s) => Array.from(s.trace.loss));
    const direct = new Trainer(trainOptions).step(300);
    expect(loss).toEqual(Array.from(direct.trace.loss));
    expect(Array.from(snaps.at(-1)!.fit)).toEqual(Array.from(direct.fit));
    expect(runner.jobs()).toEqual(['t']); // a finished trainer stays for step/resume
  });

  it('pauses, steps, resumes and cancels a training job', async () => {
    const { runner, waitFor, of, states } = setup(2);
    const id = 'p';
    runner.handleMessage({
      type: 'start',
      id,
      job: { kind: 'train', options: { ...trainOptions, steps: 1_000_000 } },
    });
    await waitFor(() => of('snapshot', id).length >= 3);
    runner.handleMessage({ type: 'pause', id });
    expect(states(id)).toEqual(['running', 'paused']);
    const count = of('snapshot', id).length;
    await sleep(50);
    // At most the chunk already queued may run... and it must not: ticks check the state.
    expect(of('snapshot', id).length).toBe(count);
    const before = of('snapshot', id).at(-1)!.snapshot.step;
    runner.handleMessage({ type: 'step', id, steps: 7 });
    const stepped = of('snapshot', id).at(-1)!.snapshot;
    expect(stepped.step).toBe(before + 7);
    expect(stepped.trace.start).toBe(before);
    runner.handleMessage({ type: 'resume', id });
    await waitFor(() => of('snapshot', id).length >= count + 4);
    runner.handleMessage({ type: 'cancel', id });
    expect(states(id).at(-1)).toBe('cancelled');
    const after = of('snapshot', id).length;
    await sleep(50);
    expect(of('snapshot', id).length).toBe(after);
    expect(runner.jobs()).toEqual([]);
  });

  it('resume with a new target trains past a finished run', async () => {
    const { runner, waitFor, of, states } = setup();
    runner.handleMessage({
      type: 'start',
      id: 'r',
      job: { kind: 'train', options: { ...trainOptions, steps: 20 } },
    });
    await waitFor(() => states('r').includes('finished'));
    runner.handleMessage({ type: 'resume', id: 'r', steps: 50 });
    await waitFor(() => states('r').filter((s) => s === 'finished').length === 2);
    expect(of('snapshot', 'r').at(-1)!.snapshot.step).toBe(50);
  });

  it('cancels a compute job between chunks', async () => {
    const { runner, of, states } = setup(0);
    const options = {
      activations: [{ id: 'relu' }, { id: 'elu' }],
      n: 1 << 12,
      repetitions: 50,
      minRepetitionMs: 1,
      seed: 1,
    };
    runner.handleMessage({ type: 'start', id: 'c', job: { kind: 'cost', options } });
    await sleep(20);
    runner.handleMessage({ type: 'cancel', id: 'c' });
    await sleep(20);
    expect(states('c')).toEqual(['running', 'cancelled']);
    expect(of('result', 'c')).toEqual([]);
  });

  it('reports errors instead of throwing', () => {
    const { runner, of } = setup();
    runner.handleMessage({ type: 'pause', id: 'missing' });
    expect(of('error', 'missing')[0]!.name).toBe('RangeError');
    runner.handleMessage({
      type: 'start',
      id: 'bad',
      job: { kind: 'train', options: { ...trainOptions, units: 1000, steps: 10 } },
    });
    expect(of('error', 'bad')[0]!.message).toMatch(/units/);
    runner.handleMessage({
      type: 'start',
      id: 'sp',
      job: { kind: 'sparsity', options: { activations: [], mu: 0, sigma: 1, seed: 1 } },
    });
    runner.handleMessage({ type: 'step', id: 'sp', steps: 1 });
    expect(of('error', 'sp')[0]!.message).toMatch(/not training/);
  });
});

describe('client over the in-process worker', { timeout: 60_000 }, () => {
  it('delivers typed results and snapshots by job', async () => {
    const worker = createInProcessWorker();
    const client = createDemoClient(worker);
    const result = await new Promise<ReturnType<typeof measureSparsity>>((resolve, reject) =>
      client.start(
        'sparsity',
        { activations: [{ id: 'relu' }], mu: 0, sigma: 1, samples: 1000, seed: 9 },
        { onResult: resolve, onError: (e) => reject(new Error(e.message)) },
      ),
    );
    expect(result.series[0]!.activation.id).toBe('relu');
    const snaps: TrainSnapshot[] = [];
    await new Promise<void>((resolve) => {
      client.start(
        'train',
        { ...trainOptions, steps: 30 },
        { onSnapshot: (s) => snaps.push(s), onState: (s) => s === 'finished' && resolve() },
      );
    });
    expect(snaps.at(-1)!.step).toBe(30);
    expect(snaps.at(-1)!.fit).toBeInstanceOf(Float64Array);
    client.dispose();
    worker.terminate();
  });
});
