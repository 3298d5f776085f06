/**
 * Custom formulas (issue 13) beside the built-in ids that compute the same function: µs to
 * evaluate f and f′ over a plot's 2,000-point grid (linspace(−10, 10, 2000)), point by point
 * through `bind(p)` as the figure does, for the compiled formula and for the registry's
 * bound kernels, measured in the same run. Target: custom ≤ 2× built-in.
 *
 *   node --import tsx bench/formula.bench.ts          (chained in `npm run bench`)
 *
 * Each figure is the median of 15 timed runs of 200 grid passes after warm-up, the built-in's
 * and the formula's runs taken in turn. Time is CPU time (process.cpuUsage). Both sides go
 * through the same loop, and every function has been through it before the first is timed,
 * so its call site sees the same mix of callees for both.
 */
import { getActivation } from '../src/math/registry';
import type { BoundActivation } from '../src/math/types';
import { compileFormula } from '../src/math/formula';

const PAIRS: [id: string, source: string][] = [
  ['silu', 'x * sigmoid(x)'],
  ['relu', 'max(0, x)'],
  ['leaky_relu', 'where(x > 0, x, 0.01 * x)'],
  ['elu', 'where(x > 0, x, expm1(x))'],
  ['gelu', 'x * erfc(-x / sqrt(2)) / 2'],
  ['gelu', 'gelu(x)'],
  ['mish', 'x * tanh(softplus(x))'],
  ['tanh', 'tanh(x)'],
  ['sigmoid', '1 / (1 + exp(-x))'],
  ['softsign', 'x / (1 + abs(x))'],
];

/** BENCH_ONLY=text: only the rows whose id or formula contains it ('|' between alternatives). */
const only = process.env.BENCH_ONLY?.split('|');
const rows = only
  ? PAIRS.filter(([id, s]) => only.some((o) => id.includes(o) || s.includes(o)))
  : PAIRS;

const N = 2000;
/** BENCH_QUICK=1: a few passes only, to check the script runs (timings then mean nothing). */
const quick = process.env.BENCH_QUICK === '1';
const PASSES = quick ? Number(process.env.BENCH_PASSES ?? 5) : 200;
const RUNS = quick ? 3 : 15;
const grid = new Float64Array(N);
for (let i = 0; i < N; i++) grid[i] = -10 + (20 * i) / (N - 1);
const out = new Float64Array(N);

function pass(b: BoundActivation): void {
  const { f, df } = b;
  for (let k = 0; k < PASSES; k++) {
    for (let i = 0; i < N; i++) out[i] = f(grid[i]!);
    for (let i = 0; i < N; i++) out[i] = df(grid[i]!);
  }
}

/** µs per grid (f and f′ over 2,000 points) for one timed run of PASSES passes. */
function run(b: BoundActivation): number {
  const t0 = process.cpuUsage();
  pass(b);
  const dt = process.cpuUsage(t0);
  return (dt.user + dt.system) / PASSES;
}

const median = (t: number[]): number => [...t].sort((p, q) => p - q)[t.length >> 1]!;

/**
 * Median µs per grid of the built-in and of the formula, their runs taken in turn so that a
 * burst of load on the shared machine falls on both sides rather than on one.
 */
function time(b: BoundActivation, c: BoundActivation): [number, number] {
  for (let i = 0; i < 3; i++) {
    pass(b);
    pass(c);
  }
  const tb: number[] = [];
  const tc: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    tb.push(run(b));
    tc.push(run(c));
  }
  return [median(tb), median(tc)];
}

const fmt = (v: number, w = 8) => v.toFixed(2).padStart(w);
console.log('\nCustom formula vs built-in: µs for f and f′ over a 2,000-point grid (median of 15)');
console.log(
  `${'built-in'.padEnd(11)}${'µs'.padStart(8)} | ${'formula'.padEnd(30)}${'µs'.padStart(8)} | ratio`,
);
const bound = rows.map(([id, source]): [BoundActivation, BoundActivation] => {
  const r = compileFormula(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.code}`);
  return [getActivation(id)!.bind(), r.formula.activation.bind()];
});
// Every function through the loop once before any is timed, so that its call site sees the
// whole mix from the first row on, as the figure's sampling loop does after a few functions
// (measured first with a call site that had seen only it, a built-in was inlined there).
for (const [b, c] of bound) {
  pass(b);
  pass(c);
}
let worst = 0;
for (const [i, [id, source]] of rows.entries()) {
  const [b, c] = bound[i]!;
  const [builtin, custom] = time(b, c);
  const ratio = custom / builtin;
  worst = Math.max(worst, ratio);
  console.log(
    `${id.padEnd(11)}${fmt(builtin)} | ${source.padEnd(30)}${fmt(custom)} | ${fmt(ratio, 5)}×`,
  );
}
console.log(`worst ratio ${worst.toFixed(2)}× (target ≤ 2×)`);
