/**
 * Numbers as text, in one place. Two directions and three audiences:
 *
 * - **Exact text** ({@link parseNumber} / {@link formatExact}): what URLs, element attributes and
 *   editable fields hold. ASCII minus, shortest text that reads back to the same double.
 * - **Display text** for people: {@link formatReadout} (computed values lined up in the readout,
 *   the table and chart axes), {@link formatShort} (parameter values in labels),
 *   {@link formatProse} and {@link formatInterval} (numbers inside sentences), {@link formatTicks}
 *   (axis ticks). All write negatives with U+2212 (−), which stays legible at small sizes where a
 *   hyphen is easy to miss, and switch to scientific notation below 1e-4 or from 1e6.
 */

/** U+2212 MINUS SIGN. */
export const MINUS = '\u2212';

/** Below this magnitude (and from {@link SCI_HIGH}) display text is scientific. */
const SCI_LOW = 1e-4;
const SCI_HIGH = 1e6;

/** A plain decimal or scientific number, nothing else (no hex, no `Infinity`, no empty string). */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses user or URL text as a finite number. Accepts `−` (U+2212) as a minus sign and
 * surrounding spaces; returns `null` for anything else, including `''`, `NaN`, `Infinity` and
 * values that overflow to ±Infinity (`1e400`). `Number('')` is 0, hence the explicit pattern.
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, '-');
  if (!NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * Shortest text that parses back to the same number (`String` already round-trips doubles),
 * with `-0` written as `0` so URLs and fields never show a signed zero. For machines and
 * editable fields; people read {@link formatReadout} or {@link formatProse}.
 */
export function formatExact(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** Replaces every ASCII hyphen-minus by U+2212 (safe: our number strings contain no other hyphen). */
function withMinus(s: string): string {
  return s.replace(/-/g, MINUS);
}

/** `1.234e-5` → `1.234e−5`, `1.000e+6` → `1.000e6`. */
function exponential(v: number, fractionDigits: number): string {
  return withMinus(v.toExponential(fractionDigits).replace('e+', 'e'));
}

/** Drops trailing zeros of a decimal mantissa: `0.1000` → `0.1`, `1.000e−5` → `1e−5`. */
function trimZeros(s: string): string {
  return s.replace(/(\.\d*?)0+(?=$|e)/, '$1').replace(/\.(?=$|e)/, '');
}

/** Display text for the values every format writes alike (zero of either sign, NaN, ±∞), else null. */
function special(v: number): string | null {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return `${MINUS}∞`;
  if (v === 0) return '0';
  return null;
}

const isScientific = (a: number) => a < SCI_LOW || a >= SCI_HIGH;

/**
 * `v` to at least `digits` significant digits, trailing zeros kept so that columns line up:
 * scientific below 1e-4 or from 1e6 in magnitude, otherwise positional with all integer digits
 * kept (123456.7 → `123457`). Zero (either sign) is `0`; non-finite values are `NaN`, `∞`, `−∞`.
 */
export function formatReadout(v: number, digits = 4): string {
  const s = special(v);
  if (s !== null) return s;
  if (isScientific(Math.abs(v))) return exponential(v, digits - 1);
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.abs(v))) + 1);
  const p = v.toPrecision(Math.max(digits, integerDigits));
  // Rounding can carry into a new power of ten (999999.7 → 1.00000e+6): keep the rule above.
  return p.includes('e') ? exponential(v, digits - 1) : withMinus(p);
}

/**
 * Short form for parameter values in labels: up to `digits` significant digits, trailing
 * zeros dropped (`0.1`, `1.0507`, `1e−5`).
 */
export function formatShort(v: number, digits = 5): string {
  const s = formatReadout(v, digits);
  return /^[−\d]/.test(s) && s.includes('.') ? trimZeros(s) : s;
}

/**
 * A number for prose: 4 significant digits with trailing zeros dropped, and unlike
 * {@link formatReadout} the integer digits past the fourth are rounded too (123456.7 → `123500`).
 */
export function formatProse(v: number): string {
  const s = special(v);
  if (s !== null) return s;
  if (isScientific(Math.abs(v))) return trimZeros(exponential(v, 3));
  return withMinus(String(Number(v.toPrecision(4))));
}

/**
 * An interval in the usual notation: infinite ends are open, finite ends closed or open as
 * told, e.g. `(−∞, 0]`.
 */
export function formatInterval(
  lo: number,
  hi: number,
  closedLo = Number.isFinite(lo),
  closedHi = Number.isFinite(hi),
): string {
  const l = closedLo && Number.isFinite(lo) ? '[' : '(';
  const r = closedHi && Number.isFinite(hi) ? ']' : ')';
  return `${l}${formatProse(lo)}, ${formatProse(hi)}${r}`;
}

/**
 * Tick label for `v` where ticks are `step` apart and the largest |tick| is `maxAbs`: just
 * enough decimals to tell ticks apart (0.499995, 0.5, 0.500005 keep their decimals); scientific
 * when every tick is tiny (below 1e-4) or the largest is from 1e6.
 */
export function formatTick(v: number, step: number, maxAbs: number): string {
  if (v === 0 || !Number.isFinite(v)) return formatReadout(v);
  if (isScientific(maxAbs)) {
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
