import { project, type ChartAxis } from './axes';

/**
 * The SVG path of a band between `lo[i]` and `hi[i]` over `x[i]` (top edge left to right, then
 * the bottom edge back). A value a log axis cannot show (0) is put at `floorPx`, below the plot
 * area, so the band runs off the chart there instead of pretending to end at a value.
 */
export function bandPath(
  x: ArrayLike<number>,
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
  xAxis: ChartAxis,
  yAxis: ChartAxis,
  floorPx: number,
): string {
  const n = Math.min(x.length, lo.length, hi.length);
  if (n === 0) return '';
  const px = (v: number) => {
    const p = project(yAxis, v);
    return Number.isFinite(p) ? Math.min(p, floorPx) : floorPx;
  };
  const r = (v: number) => Math.round(v * 10) / 10;
  const pts: string[] = [];
  for (let i = 0; i < n; i++) pts.push(`${r(project(xAxis, x[i]!))},${r(px(hi[i]!))}`);
  for (let i = n - 1; i >= 0; i--) pts.push(`${r(project(xAxis, x[i]!))},${r(px(lo[i]!))}`);
  return `M${pts.join('L')}Z`;
}
