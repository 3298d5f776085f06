/**
 * Colour of the curve at `index` on the plot: 0 is the main function, 1… the compared ones in
 * the order of `cmp`. The values are CSS custom properties defined per theme in
 * `styles/theme.css` (Okabe–Ito, adjusted for contrast), so the plot, the legend and the
 * compare chips always agree.
 */
export function curveColour(index: number): string {
  return `var(--ae-curve-${(index % 5) + 1})`;
}
