import type { Activation, Params, Range } from '../math';
import { activationIn } from '../state/defaults';
import { DEFAULT_EXPR, type ParamRanges } from '../state/formula';

/** What the CSV holds: the main function with its parameters, the compared ones, the range. */
export interface CsvInput {
  fn: string;
  params: Params;
  /** Compared ids; they are sampled with their default parameters, as the plot draws them. */
  cmp: readonly string[];
  range: Range;
  /** The custom formula, where `fn` or `cmp` is `custom` (default: the state's default). */
  expr?: string;
  paramRanges?: ParamRanges;
  /** Evenly spaced samples over the range (≥ 2); every kink in range is added exactly. */
  n?: number;
}

/** The default sample count: a step of 0.01 over the default range [−5, 5]. */
const CSV_SAMPLES = 1001;

/** A number as CSV text that parses back to the same double (`-0` keeps its sign). */
export function csvNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A function's column name with its parameter values, like Python's call syntax:
 * `leaky_relu(alpha=0.1)`, `softplus(beta=1, threshold=20)`; `relu` when it has none.
 */
export function columnName(a: Activation, params: Params): string {
  if (a.params.length === 0) return a.id;
  const args = a.params.map((p) => `${p.key}=${csvNumber(params[p.key] ?? p.default)}`);
  return `${a.id}(${args.join(', ')})`;
}

/** The sample x's: `n` evenly spaced (the same formula as the plot's) merged with the kinks. */
export function csvSamples(range: Range, n: number, kinks: readonly number[]): number[] {
  const [min, max] = range;
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(i === n - 1 ? max : min + ((max - min) * i) / (n - 1));
  for (const k of kinks) if (k >= min && k <= max) xs.push(k);
  xs.sort((a, b) => a - b);
  // One row per x: a kink that falls on a grid point is listed once (-0 and 0 are one x).
  return xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
}

/**
 * The sampled data as CSV: a header row, then one row per sample — x, then f and f′ of the
 * main function and of each compared one (`evaluate` and `derivative`, so f′ is the value
 * PyTorch's autograd returns, also at kinks; each kink of a shown function is one of the rows).
 * Numbers are `String(n)`, which parses back to the same double. Unknown compared ids are
 * skipped.
 *
 * @throws Error when `fn` is not a registered activation, RangeError on a bad range or n
 */
export function buildCsv(input: CsvInput): string {
  const custom = { expr: input.expr ?? DEFAULT_EXPR, paramRanges: input.paramRanges ?? {} };
  // A custom formula's kinks: those in the exported range (its search covers exactly that).
  const resolve = (id: string) => activationIn(custom, id, input.range);
  const main = resolve(input.fn);
  if (!main) throw new Error(`buildCsv: unknown activation "${input.fn}"`);
  const [min, max] = input.range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max))
    throw new RangeError(`buildCsv: range must be finite with min < max, got [${min}, ${max}]`);
  const n = input.n ?? CSV_SAMPLES;
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`buildCsv: n must be ≥ 2, got ${n}`);

  const shown: [Activation, Params][] = [[main, input.params]];
  for (const id of input.cmp) {
    const a = resolve(id);
    if (a && id !== main.id) shown.push([a, {}]);
  }
  const kinks = shown.flatMap(([a, p]) => a.kinks(p).map((k) => k.x));
  const xs = Float64Array.from(csvSamples(input.range, n, kinks));

  const names: string[] = ['x'];
  const columns: ArrayLike<number>[] = [xs];
  for (const [a, p] of shown) {
    const name = columnName(a, { ...defaults(a), ...p });
    names.push(name, `d/dx ${name}`);
    // Point by point, as the plot evaluates (the array kernels give the same bits, but only
    // hosts that fill arrays ship them).
    const b = a.bind(p);
    columns.push(xs.map(b.f), xs.map(b.df));
  }

  const lines = [names.map(csvField).join(',')];
  const row: string[] = new Array<string>(columns.length);
  for (let i = 0; i < xs.length; i++) {
    for (let c = 0; c < columns.length; c++) row[c] = csvNumber(columns[c]![i]!);
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}

function defaults(a: Activation): Record<string, number> {
  return Object.fromEntries(a.params.map((p) => [p.key, p.default]));
}
