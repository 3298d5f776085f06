/** U+2212, the typographic minus that people paste from formulas and our own plot labels. */
const MINUS = /\u2212/g;
/** A plain decimal or scientific number, nothing else (no hex, no `Infinity`, no empty string). */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses user or URL text as a finite number. Accepts `−` (U+2212) as a minus sign and
 * surrounding spaces; returns `null` for anything else, including `''`, `NaN`, `Infinity` and
 * values that overflow to ±Infinity (`1e400`). `Number('')` is 0, hence the explicit pattern.
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(MINUS, '-');
  if (!NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * Shortest text that parses back to the same number (`String` already round-trips doubles),
 * with `-0` written as `0` so URLs and fields never show a signed zero.
 */
export function formatNumber(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** Clamps `n` into [min, max]. */
export function clamp(n: number, min: number, max: number): number {
  return n < min ? min : n > max ? max : n;
}
