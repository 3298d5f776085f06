/**
 * ns/element of evaluate() and derivative() for every activation, on sorted input (a plot's
 * grid: linspace(−10, 10, n)) and on the same values in random order (a library user's data),
 * beside baselines measured in the same run: Float64Array.prototype.set (memcpy), a plain JS
 * read-and-write loop (the floor for any scalar JS kernel) and the naive one-line formula.
 *
 *   npm run bench              n = 1e6 and 1e7 (about 2–3 minutes on 2 cores)
 *   npm run bench -- --quick   n = 1e6 only (or BENCH_QUICK=1)
 *   BENCH_ONLY=tanh,relu       only these ids (comma-separated), to compare kernels quickly:
 *     node --expose-gc --import tsx bench/math.bench.ts
 *
 * Each figure is the median of several timed runs after warm-up runs. Time is this process's
 * CPU time (process.cpuUsage), not wall time, so that other work on a shared machine inflates
 * it less; on an idle machine the two agree.
 *
 * After each size's table, a second table puts the kernels the math issues set targets for
 * beside their target: the exp/tanh/erf-based ones beside NumPy/SciPy (bench/numpy_bench.py,
 * run with --json by this script first, in the same run), the piecewise-linear ones beside
 * 1.5× the JS copy loop, each on sorted and on random input.
 */
import { spawnSync } from 'node:child_process';
import { activations, derivative, evaluate } from '../src/math';
import { NAIVE } from './math.naive';

type Kernel = (x: Float64Array, out: Float64Array) => void;

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const sizes = quick ? [1e6] : [1e6, 1e7];
/** BENCH_ONLY=id,id: narrow the tables to these ids (the baselines are always measured). */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const chosen = (id: string) => !only || only.includes(id);

function linspace(n: number, lo: number, hi: number): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = lo + ((hi - lo) * i) / (n - 1);
  return x;
}

/** Fisher–Yates with a fixed-seed xorshift, so every run shuffles the same way. */
function shuffled(x: Float64Array): Float64Array {
  const y = x.slice();
  let s = 0x9e3779b9;
  for (let i = y.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    const t = y[i]!;
    y[i] = y[j]!;
    y[j] = t;
  }
  return y;
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median ns/element of `run` over `reps` timed runs after `warm` untimed ones. */
function time(run: Kernel, x: Float64Array, out: Float64Array, warm: number, reps: number) {
  for (let i = 0; i < warm; i++) run(x, out);
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.cpuUsage();
    run(x, out);
    const dt = process.cpuUsage(t0);
    t.push(((dt.user + dt.system) * 1000) / x.length);
  }
  return median(t);
}

const setCopy: Kernel = (x, out) => out.set(x);
const loopCopy: Kernel = (x, out) => {
  const n = x.length;
  for (let i = 0; i < n; i++) out[i] = x[i]!;
};

const fmt = (v: number) => v.toFixed(2).padStart(6);

/** NumPy's figures by n and name ([sorted, random]), or undefined without python3 + NumPy. */
function numpyFigures(): Record<string, Record<string, [number, number]>> | undefined {
  const args = ['bench/numpy_bench.py', '--json', ...(quick ? ['--quick'] : [])];
  const r = spawnSync('python3', args, { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`(no NumPy figures: python3 ${args.join(' ')} failed: ${r.stderr || r.error})`);
    return undefined;
  }
  return (JSON.parse(r.stdout) as { sizes: Record<string, Record<string, [number, number]>> })
    .sizes;
}

/** Ids held to NumPy/SciPy, each with the name of its NumPy row. */
const NUMPY_TARGETS: [id: string, numpyName: string][] = [
  ['sigmoid', 'sigmoid'],
  ['tanh', 'tanh'],
  ['softplus', 'softplus'],
  ['gelu', 'gelu (scipy erf)'],
];
/** Piecewise-linear ids, held to 1.5× the JS copy loop. */
const COPY_TARGETS = [
  'relu',
  'leaky_relu',
  'prelu',
  'rrelu',
  'relu6',
  'threshold',
  'hardtanh',
  'hardsigmoid',
  'softshrink',
  'hardshrink',
  'hardswish',
];

const numpy = numpyFigures();
const gc = (globalThis as { gc?: () => void }).gc;

for (const n of sizes) {
  const sorted = linspace(n, -10, 10);
  const random = shuffled(sorted);
  const out = new Float64Array(n);
  // The 1e6 pass has already compiled every kernel, so 1e7 needs no separate warm-up.
  const warm = n >= 1e7 ? 0 : 3;
  const reps = n >= 1e7 ? 3 : 7;
  const both = (k: Kernel) => [time(k, sorted, out, warm, reps), time(k, random, out, warm, reps)];
  gc?.();

  console.log(
    `\nn = ${n.toExponential(0)} float64, ns/element (median of ${reps}), sorted | random`,
  );
  const [setS, setR] = both(setCopy);
  const [loopS, loopR] = both(loopCopy);
  console.log(`baseline Float64Array.prototype.set  ${fmt(setS!)} ${fmt(setR!)}`);
  console.log(`baseline JS copy loop                ${fmt(loopS!)} ${fmt(loopR!)}`);
  console.log(
    `${'id'.padEnd(12)}|  f sort   f rand | df sort  df rand | naive f s/r      | naive df s/r`,
  );
  const fig = new Map<string, number[]>();
  for (const a of activations.filter((a) => chosen(a.id))) {
    const f = both((x, o) => evaluate(a.id, x, undefined, o));
    fig.set(a.id, f);
    const df = both((x, o) => derivative(a.id, x, undefined, o));
    const naive = NAIVE[a.id]!;
    const nf = both(naive.f);
    const ndf = both(naive.df);
    console.log(
      `${a.id.padEnd(12)}| ${fmt(f[0]!)}  ${fmt(f[1]!)} | ${fmt(df[0]!)}  ${fmt(df[1]!)} | ` +
        `${fmt(nf[0]!)} ${fmt(nf[1]!)}    | ${fmt(ndf[0]!)} ${fmt(ndf[1]!)}`,
    );
  }

  console.log(`\nn = ${n.toExponential(0)}: f against its target, ns/element (ratio ≤ 1 meets it)`);
  const col = (v: string) => v.padStart(9);
  console.log(
    `${'id'.padEnd(12)}|${col('f sort')}${col('f rand')} |${col('tgt sort')}${col('tgt rand')} |` +
      `${col('× sort')}${col('× rand')} | target`,
  );
  const row = (id: string, t: number[] | undefined, what: string) => {
    const f = fig.get(id)!;
    const v = (i: number, x: number | undefined) => col(x === undefined ? '—' : x.toFixed(2));
    console.log(
      `${id.padEnd(12)}|${v(0, f[0])}${v(1, f[1])} |${v(0, t?.[0])}${v(1, t?.[1])} |` +
        `${v(0, t && f[0]! / t[0]!)}${v(1, t && f[1]! / t[1]!)} | ${what}`,
    );
  };
  const np = numpy?.[String(n)];
  for (const [id, name] of NUMPY_TARGETS.filter(([id]) => chosen(id))) {
    row(id, np?.[name], `NumPy/SciPy ${name}`);
  }
  for (const id of COPY_TARGETS.filter(chosen))
    row(id, [1.5 * loopS!, 1.5 * loopR!], '1.5× JS copy loop');
}
