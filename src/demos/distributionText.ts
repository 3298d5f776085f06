/**
 * The distribution demo's results in words. Where a sentence could be false at some setting,
 * there are two, and the numbers pick one; each `…Choice` function returns the pick with the
 * numbers it rests on, so tests can check the choice without parsing prose.
 */
import { formatProse } from '../format/number';
import type { DistributionResult, DistributionSeries } from '../train/distribution';
import type { DemoKey, DemoT } from '../i18n/sections/demos';
import { fnName, percent } from './text';

/** Four significant digits at most. */
export const num = (v: number) => formatProse(Number(v.toPrecision(4)));

/** Three decimals, for values near 0 and 1 (SELU's mean-field mean is ~1e−16, not news). */
const dec3 = (v: number) => formatProse(Number(v.toFixed(3)) + 0);

/** The Gaussian the exact values are for, in words: `N(0.5, 2²)` or the large-fan-in limit. */
export function referenceText(t: DemoT, r: DistributionResult): string {
  return r.source === 'layer'
    ? t('distRefLayer', { g: r.gain })
    : `N(${num(r.refMu)}, ${num(r.refSigma)}²)`;
}

/** Sampled values further than 4 standard errors from the exact ones (none: they agree). */
export function disagreements(s: DistributionSeries, n: number): DemoKey[] {
  const m = s.sampled;
  const ref = s.reference;
  // The standard error can be 0 (every sample exactly 0); a tiny slack keeps rounding out.
  const off = (a: number, b: number, se: number) => !(Math.abs(a - b) <= 4 * se + 1e-9);
  const out: DemoKey[] = [];
  if (off(m.mean, ref.mean, m.meanSe)) out.push('distWhatMean');
  if (off(m.variance, ref.variance, m.varianceSe)) out.push('distWhatVariance');
  if (ref.zeroShare !== null) {
    const p = ref.zeroShare;
    const se = Math.max(m.zeroShareSe, Math.sqrt((p * (1 - p)) / n));
    if (off(m.zeroShare, p, se)) out.push('distWhatZeros');
  }
  if (off(m.dfMean, ref.dfMean, m.dfMeanSe)) out.push('distWhatGrad');
  return out;
}

/** Per function: the sampled values, then whether they agree with the exact ones. */
export function seriesSummary(t: DemoT, r: DistributionResult, s: DistributionSeries): string[] {
  const name = fnName(s.activation.id);
  const m = s.sampled;
  const row = t('distSummaryRow', {
    name,
    mean: num(m.mean),
    variance: num(m.variance),
    zeros: percent(t, m.zeroShare),
    df: num(m.dfMean),
  });
  const off = disagreements(s, r.samples);
  if (off.length === 0) {
    const method = t(s.reference.method === 'closed' ? 'distClosed' : 'distQuadrature');
    return [row, t('distAgree', { name, method: method.toLowerCase() })];
  }
  const what = off.map((k) => t(k)).join(t('distListSep'));
  return [
    row,
    r.source === 'layer'
      ? t('distDisagreeLayer', { name, what, fanIn: r.fanIn, g: r.gain })
      : t('distDisagreeNormal', { name, what }),
  ];
}

/** ELU's mean is below ReLU's (ELU < 0 = ReLU for z < 0); closer to 0 unless it overshoots. */
export function eluChoice(r: DistributionResult): { closer: boolean; elu: number; relu: number } {
  const { eluMean: elu, reluMean: relu } = r.claims;
  return { closer: Math.abs(elu) < Math.abs(relu), elu, relu };
}

/** SELU stays at (0, 1) when every layer's mean is within 0.05 of 0 and variance within 5 % of 1. */
export function seluChoice(r: DistributionResult): {
  fixed: boolean;
  mean: number;
  variance: number;
} {
  const { mean, variance } = r.claims.selu;
  let fixed = true;
  for (let l = 0; l < r.layers; l++)
    if (!(Math.abs(mean[l]!) <= 0.05 && Math.abs(variance[l]! - 1) <= 0.05)) fixed = false;
  return { fixed, mean: mean[r.layers - 1]!, variance: variance[r.layers - 1]! };
}

/** The largest relative gap between the sampled network's last-layer variance and the line. */
export function wanderChoice(
  r: DistributionResult,
): { id: string; gap: number; net: number; field: number } | null {
  let worst: { id: string; gap: number; net: number; field: number } | null = null;
  const l = r.layers - 1;
  for (const s of r.series) {
    const net = s.network.variance[l]!;
    const field = s.field.variance[l]!;
    if (!(field > 0) || !Number.isFinite(field) || !Number.isFinite(net)) continue;
    const gap = Math.abs(net / field - 1);
    if (!worst || gap > worst.gap) worst = { id: s.activation.id, gap, net, field };
  }
  return worst;
}

/** The two standing claims (ELU vs ReLU, SELU's fixed point) and why the network wanders. */
export function claimsSummary(t: DemoT, r: DistributionResult): string[] {
  const ref = referenceText(t, r);
  const e = eluChoice(r);
  const s = seluChoice(r);
  const lines = [
    t(e.closer ? 'distEluCloser' : 'distEluNotCloser', { ref, elu: num(e.elu), relu: num(e.relu) }),
    t(s.fixed ? 'distSeluFixed' : 'distSeluDrifts', {
      g: r.gain,
      layers: r.layers,
      mean: dec3(s.mean),
      variance: dec3(s.variance),
    }),
    t('distWander', { width: r.width, seed: r.seed }),
  ];
  const w = wanderChoice(r);
  if (w)
    lines.push(
      w.gap <= 0.1
        ? t('distWanderSmall', { layers: r.layers, gap: percent(t, w.gap) })
        : t('distWanderLarge', {
            name: fnName(w.id),
            layers: r.layers,
            net: num(w.net),
            field: num(w.field),
            gap: percent(t, w.gap),
          }),
    );
  return lines;
}
