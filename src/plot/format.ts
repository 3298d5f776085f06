/**
 * Number formatting for the plot: tick labels, the readout, the legend and the table.
 * Every negative number uses U+2212 (−), which stays legible at small sizes where a hyphen
 * is easy to miss.
 */

/** U+2212 MINUS SIGN. */
export const MINUS = '\u2212';

/** Below this magnitude (and from {@link SCI_HIGH}) numbers are written in scientific notation. */
export const SCI_LOW = 1e-4;
export const SCI_HIGH = 1e6;

/** Replaces every ASCII hyphen-minus by U+2212 (safe: our number strings contain no other hyphen). */
export function withMinus(s: string): string {
  return s.replace(/-/g, MINUS);
}

/** `1.234e-5` → `1.234e−5`, `1.000e+6` → `1.000e6`. */
function exponential(v: number, fractionDigits: number): string {
  return withMinus(v.toExponential(fractionDigits).replace('e+', 'e'));
}

/**
 * `v` to at least `digits` significant digits: scientific below 1e-4 or from 1e6 in magnitude,
 * otherwise positional with all integer digits kept (123456.7 → `123457`). Zero (either sign)
 * is `0`; non-finite values are `NaN`, `∞`, `−∞`.
 */
export function formatNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return `${MINUS}∞`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < SCI_LOW || a >= SCI_HIGH) return exponential(v, digits - 1);
  const integerDigits = Math.max(1, Math.floor(Math.log10(a)) + 1);
  const s = v.toPrecision(Math.max(digits, integerDigits));
  // Rounding can carry into a new power of ten (999999.7 → 1.00000e+6): keep the rule above.
  return s.includes('e') ? exponential(v, digits - 1) : withMinus(s);
}

/** Drops trailing zeros of a decimal mantissa: `0.1000` → `0.1`, `1.000e−5` → `1e−5`. */
function trimZeros(s: string): string {
  return s.replace(/(\.\d*?)0+(?=$|e)/, '$1').replace(/\.(?=$|e)/, '');
}

/**
 * Short form for parameter values in labels: up to `digits` significant digits, trailing
 * zeros dropped (`0.1`, `1.0507`, `1e−5`).
 */
export function formatShort(v: number, digits = 5): string {
  const s = formatNumber(v, digits);
  return /^[−\d]/.test(s) && s.includes('.') ? trimZeros(s) : s;
}

/**
 * Tick label for `v` where ticks are `step` apart and the largest |tick| is `maxAbs`: just
 * enough decimals to tell ticks apart (0.499995, 0.5, 0.500005 keep their decimals); scientific
 * when every tick is tiny (below 1e-4) or the largest is from 1e6.
 */
export function formatTick(v: number, step: number, maxAbs: number): string {
  if (v === 0 || !Number.isFinite(v)) return formatNumber(v);
  if (maxAbs < SCI_LOW || maxAbs >= SCI_HIGH) {
    const stepExp = Math.floor(Math.log10(Math.abs(step)) + 1e-9);
    const digits = Math.max(0, Math.floor(Math.log10(Math.abs(v)) + 1e-9) - stepExp);
    return trimZeros(exponential(v, digits));
  }
  return withMinus(v.toFixed(decimalsOf(step)));
}

/** Fewest decimals that write `step` exactly (0.5 → 1, 2.5 → 1, 0.02 → 2), at most 12. */
function decimalsOf(step: number): number {
  let d = 0;
  const a = Math.abs(step);
  while (d < 12 && Math.abs(Math.round(a * 10 ** d) - a * 10 ** d) > 1e-9 * 10 ** d) d++;
  return d;
}

/** Tick labels for a tick array (d3 ticks are evenly spaced). */
export function formatTicks(ticks: readonly number[]): string[] {
  if (ticks.length === 0) return [];
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : Math.abs(ticks[0]!) || 1;
  const maxAbs = Math.max(...ticks.map(Math.abs));
  return ticks.map((t) => formatTick(t, step, maxAbs));
}

/** Parameter spec fields needed for a label. */
interface ParamLike {
  key: string;
  symbol: string;
  default: number;
}

/**
 * `Leaky ReLU (α = 0.1)`: the name followed by every parameter's value (defaults filled in),
 * or just the name for a function without parameters.
 */
export function formatFunctionLabel(
  name: string,
  specs: readonly ParamLike[],
  p: Readonly<Partial<Record<string, number>>> | undefined,
): string {
  if (specs.length === 0) return name;
  const parts = specs.map((s) => `${s.symbol} = ${formatShort(p?.[s.key] ?? s.default)}`);
  return `${name} (${parts.join(', ')})`;
}
