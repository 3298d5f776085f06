/**
 * Benchmarks of the demos' computational core (src/train), with baselines measured in the same
 * run so numbers from a busy machine can still be compared:
 *
 *   node --import tsx bench/train.bench.ts
 *
 *   node --import tsx bench/train.bench.ts depth train   # only these sections
 *
 * Targets (issue 5): ≥ 2,000 training steps/s for the 32-unit net on 256 points; the depth
 * experiment at 64 wide × 50 deep × batch 256 in ≤ 100 ms. Issue 12: one update of the
 * distribution demo at 100,000 samples in ≤ 100 ms (`npm run bench` runs that section;
 * `BENCH_DIST_SAMPLES=1000` makes it a quick smoke run).
 */
import { loadavg } from 'node:os';
import { gemmNT } from '../src/train/linalg';
import { measureCost } from '../src/train/cost';
import { createDepthNetwork, depthSteps, runDepthExperiment } from '../src/train/depth';
import { runToEnd } from '../src/train/progress';
import { Trainer, type TrainerOptions } from '../src/train/dying';
import { measureSparsity } from '../src/train/sparsity';
import { measureDistribution } from '../src/train/distribution';
import { defaultSettingsOf } from '../src/demos/schema';
import { createRng, fillNormal } from '../src/train/rng';

/** Sections to run: all by default, or those named on the command line (matmul depth train sparsity distribution cost). */
const only = new Set(process.argv.slice(2));
const run = (section: string) => only.size === 0 || only.has(section);
const now = () => performance.now();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (v: number, digits = 2) => v.toFixed(digits).padStart(9);
/** CPU time of this process (user + system), ms: on a shared, busy machine it stays close to
 * what the wall time would be on an idle one, while wall time grows with the load. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/**
 * Median and minimum wall time of `runs` calls after `warmup` calls, ms, and the median CPU time.
 */
function time(
  fn: () => void,
  runs: number,
  warmup = 2,
): { median: number; min: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpu();
    const t0 = now();
    fn();
    ts.push(now() - t0);
    cs.push(cpu() - c0);
  }
  return { median: median(ts), min: Math.min(...ts), cpu: median(cs) };
}

console.log(
  `src/train benchmarks — node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// Baseline: a 256×64 by 64×64ᵀ product, the work of one layer of the depth experiment.
if (run('matmul')) {
  const rng = createRng(1);
  const a = fillNormal(rng, new Float64Array(256 * 64));
  const w = fillNormal(rng, new Float64Array(64 * 64));
  const c = new Float64Array(256 * 64);
  const naive = () => {
    for (let i = 0; i < 256; i++)
      for (let j = 0; j < 64; j++) {
        let s = 0;
        for (let k = 0; k < 64; k++) s += a[i * 64 + k]! * w[j * 64 + k]!;
        c[i * 64 + j] = s;
      }
  };
  const tn = time(naive, 50, 10);
  const tb = time(() => gemmNT(a, w, c, 256, 64, 64), 50, 10);
  console.log('\nbaseline: one 64-wide layer, 256 × 64 × 64 multiply-adds (1.05 M)');
  console.log(`  plain triple loop          ${fmt(tn.median, 3)} ms  (min ${tn.min.toFixed(3)})`);
  console.log(`  gemmNT (2×4 blocked)       ${fmt(tb.median, 3)} ms  (min ${tb.min.toFixed(3)})`);
  console.log(
    `  → 100 layer products (depth experiment's forward + backward) ≈ ${(100 * tb.median).toFixed(1)} ms`,
  );
}

// Depth experiment. Each run is timed right after 100 plain layer products (its own gemm work),
// so the ratio stays meaningful when other processes load the machine.
if (run('depth')) {
  console.log(
    '\ndepth experiment: 64 wide × 50 deep × batch 256, He init (target ≤ 100 ms per function)',
  );
  console.log('  ratio = time / time of 100 bare 256×64×64 products measured just before it');
  console.log('  cpu = median CPU time of this process, ms (≈ wall time on an idle machine)');
  console.log(
    '  function     100 products  fresh: build + run                 reused network: run',
  );
  const base = { width: 64, depth: 50, batch: 256, init: 'he' as const, seed: 1 };
  const network = createDepthNetwork({ ...base, activations: [{ id: 'relu' }] });
  const rng = createRng(1);
  const a = fillNormal(rng, new Float64Array(256 * 64));
  const w = fillNormal(rng, new Float64Array(64 * 64));
  const c = new Float64Array(256 * 64);
  const clock = (fn: () => void) => {
    const t0 = now();
    fn();
    return now() - t0;
  };
  const cases: [string, string[]][] = [
    ...['relu', 'leaky_relu', 'sigmoid', 'tanh', 'gelu'].map((id): [string, string[]] => [
      id,
      [id],
    ]),
    ['4 at once', ['relu', 'sigmoid', 'tanh', 'gelu']],
  ];
  for (const [name, ids] of cases) {
    const opts = { ...base, activations: ids.map((id) => ({ id })) };
    const g: number[] = [];
    const fresh: number[] = [];
    const reused: number[] = [];
    const freshCpu: number[] = [];
    const reusedCpu: number[] = [];
    const both = (fn: () => void, wall: number[], cpuTimes: number[]) => {
      const c0 = cpu();
      wall.push(clock(fn));
      cpuTimes.push(cpu() - c0);
    };
    for (let r = 0; r < 8; r++) {
      g.push(
        clock(() => {
          for (let i = 0; i < 100; i++) gemmNT(a, w, c, 256, 64, 64);
        }),
      );
      both(() => runDepthExperiment(opts), fresh, freshCpu);
      both(() => runToEnd(depthSteps(opts, network)), reused, reusedCpu);
    }
    const ratio = (xs: number[]) => median(xs.map((v, i) => v / g[i]!));
    const cell = (xs: number[], cs: number[]) =>
      `${fmt(median(xs), 1)} ms ×${ratio(xs).toFixed(2)} cpu ${median(cs).toFixed(1).padStart(6)}`;
    console.log(
      `  ${name.padEnd(12)} ${fmt(median(g), 1)} ms  ${cell(fresh, freshCpu)}  ${cell(reused, reusedCpu)}`,
    );
  }
}

// Training.
if (run('train')) {
  console.log('\ntraining: 1 → 32 → 1, 256 points, full batch (target ≥ 2,000 steps/s)');
  const cases: [string, Partial<TrainerOptions>][] = [
    ['relu, adam', { activation: { id: 'relu' } }],
    ['relu, sgd', { activation: { id: 'relu' }, optimizer: 'sgd' }],
    ['leaky_relu, adam', { activation: { id: 'leaky_relu' } }],
    ['elu, adam', { activation: { id: 'elu' } }],
    ['prelu shared α, adam', { activation: { id: 'prelu' }, alphaMode: 'shared' }],
    ['prelu per-unit α, adam', { activation: { id: 'prelu' }, alphaMode: 'unit' }],
    ['gelu, adam', { activation: { id: 'gelu' } }],
  ];
  for (const [name, o] of cases) {
    const trainer = new Trainer({
      units: 32,
      activation: { id: 'relu' },
      learningRate: 0.01,
      seed: 1,
      ...o,
    });
    const steps = 1000;
    const t = time(() => trainer.step(steps), 5, 1);
    const rate = (ms: number) => ((steps / ms) * 1000).toFixed(0);
    console.log(
      `  ${name.padEnd(24)} ${rate(t.median).padStart(6)} steps/s  (best ${rate(t.min)}; per CPU second ${rate(t.cpu)})`,
    );
  }
}

if (run('sparsity')) {
  const ts = time(
    () =>
      measureSparsity({
        activations: [{ id: 'relu' }, { id: 'leaky_relu' }, { id: 'gelu' }],
        mu: 0,
        sigma: 1,
        samples: 100_000,
        seed: 1,
      }),
    5,
  );
  console.log(`\nsparsity: 100 000 samples × 3 functions  ${ts.median.toFixed(1)} ms`);
}

// One update of the distribution demo at its default settings (the page's first computation):
// samples, five functions' histograms and moments, the mean-field map and the sampled network.
if (run('distribution')) {
  const d = defaultSettingsOf('distribution');
  const samples = Number(process.env.BENCH_DIST_SAMPLES ?? 100_000);
  const options = {
    activations: d.fn.map((id) => ({ id })),
    source: d.source,
    mu: d.mu,
    sigma: d.sigma,
    init: d.init,
    fanIn: d.fanIn,
    samples,
    layers: d.layers,
    width: d.width,
    seed: d.seed,
  };
  console.log(
    `\ndistribution: one update, ${samples} samples × ${d.fn.length} functions, ${d.layers} layers × ${d.width} wide (target ≤ 100 ms)`,
  );
  for (const source of ['normal', 'layer'] as const) {
    const t = time(() => measureDistribution({ ...options, source }), 7);
    console.log(
      `  ${source.padEnd(8)} ${fmt(t.median, 1)} ms  (min ${t.min.toFixed(1)}; cpu ${t.cpu.toFixed(1)})`,
    );
  }
}

if (run('cost')) {
  const cost = measureCost({
    activations: ['relu', 'leaky_relu', 'elu', 'sigmoid', 'gelu'].map((id) => ({ id })),
    n: 1 << 20,
    repetitions: 5,
    minRepetitionMs: 20,
    seed: 1,
  });
  console.log(
    '\ncost kernel (what the demo runs in the browser), ns/element, median [min–max], n = 2²⁰',
  );
  const row = (name: string, s: { median: number; min: number; max: number }) =>
    `${fmt(s.median)} [${s.min.toFixed(2)}–${s.max.toFixed(2)}]`;
  console.log(`  copy loop (baseline)       ${row('', cost.baseline)}`);
  for (const e of cost.entries)
    console.log(`  ${e.activation.id.padEnd(12)} f ${row('', e.f)}   f′ ${row('', e.df)}`);
}
