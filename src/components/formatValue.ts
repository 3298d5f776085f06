/**
 * A number for prose: 4 significant digits, scientific below 1e-4 or from 1e6 in magnitude,
 * ∞ for infinities and the typographic minus (U+2212), as in the plot's readout.
 */
export function formatValue(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '−∞';
  if (n === 0) return '0';
  const a = Math.abs(n);
  const s =
    a < 1e-4 || a >= 1e6
      ? n
          .toExponential(3)
          .replace(/\.?0+e/, 'e')
          .replace('e+', 'e')
      : String(Number(n.toPrecision(4)));
  return s.replace(/-/g, '\u2212');
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
  return `${l}${formatValue(lo)}, ${formatValue(hi)}${r}`;
}
