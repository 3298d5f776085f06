import { tickIncrement } from 'd3-array';

/**
 * `[start, stop]` widened to round tick values: exactly d3-scale's
 * `scaleLinear().domain([start, stop]).nice(count).domain()` (same steps, the same limit of ten
 * passes, the domain unchanged when there is no tick step), from d3-array alone. The plot only
 * needs d3's tick arithmetic; a d3-scale scale would bring its interpolators, colours and
 * number formats (about 8 KB gzip) into the first load.
 */
export function niceDomain(start: number, stop: number, count = 10): [number, number] {
  const reversed = stop < start;
  let lo = reversed ? stop : start;
  let hi = reversed ? start : stop;
  let prestep: number | undefined;
  for (let pass = 0; pass < 10; pass++) {
    const step = tickIncrement(lo, hi, count);
    if (step === prestep) return reversed ? [hi, lo] : [lo, hi];
    if (step > 0) {
      lo = Math.floor(lo / step) * step;
      hi = Math.ceil(hi / step) * step;
    } else if (step < 0) {
      lo = Math.ceil(lo * step) / step;
      hi = Math.floor(hi * step) / step;
    } else break;
    prestep = step;
  }
  return [start, stop];
}
