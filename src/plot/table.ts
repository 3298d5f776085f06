import type { Range } from '../math';

/** Evenly spaced rows of the value table, before kinks are added. */
export const TABLE_ROWS = 41;

/**
 * The x values listed in the "show as table" view: `count` evenly spaced points over the range
 * (ends included; 41 on [−5, 5] gives steps of 0.25) plus every kink inside it, sorted and
 * distinct. Short enough to read with a screen reader, exact at the kinks.
 */
export function tableXs(range: Range, kinkXs: Iterable<number>, count = TABLE_ROWS): number[] {
  const [min, max] = range;
  const xs: number[] = [];
  for (let i = 0; i < count; i++) {
    // Same form as the sampler ((max−min)·i/(n−1)): exact at a symmetric range's midpoint.
    xs.push(i === count - 1 ? max : min + ((max - min) * i) / (count - 1));
  }
  for (const k of kinkXs) if (k >= min && k <= max) xs.push(k);
  xs.sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x !== xs[i - 1]).map((x) => x + 0);
}
