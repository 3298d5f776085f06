/**
 * The gradient-flow demo's result in words. Every sentence is chosen from the computed spread
 * over the networks (never a fixed claim about a function), so it holds at every setting.
 */
import { formatProse } from '../format/number';
import type { DepthResult, DepthSpread } from '../train/depth';
import type { DemoT } from '../i18n/sections/demos';
import { fnName, percent } from './text';

/**
 * The median gradient ratio (layer 1 over the last layer) counts as level within this factor
 * either way; beyond it the gradient vanishes or explodes.
 */
export const LEVEL_FACTOR = 4;
/** Networks whose ratios differ by this factor or more are called widely spread. */
export const WIDE_FACTOR = 10;
/** A flat share (|f′| below a tenth of its peak) under this is "few inputs saturated". */
export const FEW_FLAT = 0.1;

export type DepthVerdict = 'dead' | 'vanish' | 'explode' | 'level';

/** What the median network's ratio says: no gradient, vanishing, exploding or level. */
export function depthVerdict(s: DepthSpread): DepthVerdict {
  const m = s.median[0]!;
  if (!(m > 0)) return 'dead';
  if (m < 1 / LEVEL_FACTOR) return 'vanish';
  if (m > LEVEL_FACTOR) return 'explode';
  return 'level';
}

/** Two significant digits, U+2212 minus. */
const num = (v: number) => formatProse(Number(v.toPrecision(2)));

/**
 * Per layer, the squared gradient is multiplied by about n·Var(w) × mean f′(z)² on average over
 * random weights; over depth − 1 layers the typical size follows the square root of its power.
 */
export function meanFieldRatio(r: DepthResult, s: DepthSpread): number {
  return (r.weightScale * s.slopeSq) ** ((r.depth - 1) / 2);
}

/**
 * Which explanation fits, from the numbers: the cap on a function's slope, He initialisation
 * giving more than a function needs, a narrow network's typical product falling below its
 * average, or the plain per-layer rate. At most one per function.
 */
export type DepthCause = 'cap' | 'capSaturated' | 'he' | 'grows' | 'narrow' | 'shrinks' | null;

export function depthCause(r: DepthResult, s: DepthSpread): DepthCause {
  const verdict = depthVerdict(s);
  const chi = r.weightScale * s.slopeSq;
  if (!(chi > 0) || r.depth < 2) return null;
  if (verdict === 'explode') {
    if (!(chi > 1)) return null;
    return r.init === 'he' && r.weightScale === 2 && s.slopeSq > 0.5 ? 'he' : 'grows';
  }
  if (verdict !== 'vanish') return null;
  // The slope's cap alone keeps the per-layer factor below 1, however the inputs are spread.
  if (r.weightScale * s.peakSlope ** 2 < 1) return s.flatShare < FEW_FLAT ? 'cap' : 'capSaturated';
  // The average rate alone would keep it level or make it grow, yet the median network falls
  // far below it: the scatter of a narrow network's per-layer factors.
  const pred = meanFieldRatio(r, s);
  if (pred >= 1 / LEVEL_FACTOR && s.median[0]! < pred / LEVEL_FACTOR) return 'narrow';
  return chi < 1 ? 'shrinks' : null;
}

/** The result in words: per function a verdict, then how wide the networks spread, then why. */
export function depthSummary(t: DemoT, r: DepthResult): string[] {
  if (r.depth < 2) return [t('demoDepthOneLayer')];
  const lines: string[] = [];
  for (const s of r.spread) {
    const name = fnName(s.activation.id);
    const verdict = depthVerdict(s);
    const seeds = s.seeds.length;
    const zero = s.ratio.filter((v) => !(v > 0)).length;
    const min = s.min[0]!;
    const max = s.max[0]!;
    if (verdict === 'dead') {
      lines.push(t('demoDepthDeadRow', { name, count: zero, seeds }));
      continue;
    }
    const vars = {
      name,
      depth: r.depth,
      seeds,
      median: num(s.median[0]!),
      min: num(min),
      max: num(max),
    };
    const text = {
      vanish: t('demoDepthVanish'),
      explode: t('demoDepthExplode'),
      level: t('demoDepthLevel', { k: LEVEL_FACTOR }),
    }[verdict];
    lines.push(t('demoDepthRow', { ...vars, verdict: text }));
    if (zero > 0) lines.push(t('demoDepthSomeDead', { count: zero, seeds }));
    else if (max / min >= WIDE_FACTOR)
      lines.push(t('demoDepthWide', { seeds, spread: num(max / min) }));
    const cause = depthCause(r, s);
    const chi = r.weightScale * s.slopeSq;
    const why = {
      name,
      e: num(s.slopeSq),
      nv: num(r.weightScale),
      chi: num(chi),
      peak: formatProse(s.peakSlope),
      bound: formatProse(Number((r.weightScale * s.peakSlope ** 2).toPrecision(3))),
      flat: percent(t, s.flatShare),
      pred: num(meanFieldRatio(r, s)),
      median: vars.median,
      width: r.width,
      layers: r.depth - 1,
    };
    if (cause === 'cap') lines.push(t('demoDepthWhyCap', why));
    else if (cause === 'capSaturated') lines.push(t('demoDepthWhyCapSaturated', why));
    else if (cause === 'he') lines.push(t('demoDepthWhyHe', why));
    else if (cause === 'grows') lines.push(t('demoDepthWhyGrows', why));
    else if (cause === 'narrow') lines.push(t('demoDepthWhyNarrow', why));
    else if (cause === 'shrinks') lines.push(t('demoDepthWhyShrinks', why));
  }
  return lines;
}
