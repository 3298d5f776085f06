/**
 * ns/element of evaluate() and derivative() for every activation, on sorted input (a plot's
 * grid: linspace(−10, 10, n)) and on the same values in random order (a library user's data),
 * beside baselines measured in the same run: Float64Array.prototype.set (memcpy), a plain JS
 * read-and-write loop (the floor for any scalar JS kernel) and the naive one-line formula.
 *
 *   npm run bench              n = 1e6 and 1e7 (about 2–3 minutes on 2 cores)
 *   npm run bench -- --quick   n = 1e6 only (or BENCH_QUICK=1)
 *
 * Each figure is the median of several timed runs after warm-up runs. Time is this process's
 * CPU time (process.cpuUsage), not wall time, so that other work on a shared machine inflates
 * it less; on an idle machine the two agree.
 */
import { activations, derivative, evaluate } from '../src/math';
import { NAIVE } from './math.naive';

type Kernel = (x: Float64Array, out: Float64Array) => void;

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const sizes = quick ? [1e6] : [1e6, 1e7];

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
  for (const a of activations) {
    const f = both((x, o) => evaluate(a.id, x, undefined, o));
    const df = both((x, o) => derivative(a.id, x, undefined, o));
    const naive = NAIVE[a.id]!;
    const nf = both(naive.f);
    const ndf = both(naive.df);
    console.log(
      `${a.id.padEnd(12)}| ${fmt(f[0]!)}  ${fmt(f[1]!)} | ${fmt(df[0]!)}  ${fmt(df[1]!)} | ` +
        `${fmt(nf[0]!)} ${fmt(nf[1]!)}    | ${fmt(ndf[0]!)} ${fmt(ndf[1]!)}`,
    );
  }
}
