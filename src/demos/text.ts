/**
 * The demos' results in words: pure functions from a result to sentences (the text summaries
 * screen readers hear and everyone can read). Numbers use U+2212 minus signs.
 */
import { formatProse } from '../format/number';
import { getActivation } from '../math';
import type { CostResult } from '../train/cost';
import type { TrainSnapshot } from '../train/dying';
import type { SparsityResult } from '../train/sparsity';
import type { Lang } from '../i18n/types';
import type { DemoT } from '../i18n/sections/demos';

/** Display name of a registry id (the id itself if unknown). */
export const fnName = (id: string) => getActivation(id)?.name ?? id;

/**
 * A share as a percentage: one decimal (`50.1`), exact `0` and `100` without one, and shares
 * within 0.1 of either end with significant digits (`0.0012`, `99.995`), so they never read as
 * exactly 0 or 100.
 */
export function percent(t: DemoT, share: number): string {
  const p = share * 100;
  let value: string;
  if (p === 0 || p === 100) value = String(p);
  else if (p >= 0.1 && p <= 99.9) value = p.toFixed(1);
  else if (p < 0.1) value = formatProse(p);
  else {
    // Just below 100: as many digits as it takes not to read as 100.
    let d = 4;
    while (d < 15 && Number(p.toPrecision(d)) === 100) d++;
    value = String(Number(p.toPrecision(d)));
  }
  return t('demoPercent', { value });
}

/** A ratio such as `3.2×` (four significant digits at most, U+2212 in exponents). */
export function times(t: DemoT, ratio: number): string {
  return t('demoTimes', { value: formatProse(Number(ratio.toPrecision(3))) });
}

/**
 * A count for prose: `100,000` in English; in Chinese `10 万` for whole ten-thousands (the way
 * Chinese writes large numbers), else digits without separators (`2000`).
 */
export function bigCount(t: DemoT, lang: Lang, n: number): string {
  if (lang !== 'zh-CN') return n.toLocaleString('en');
  return n >= 10_000 && n % 10_000 === 0 ? t('demoWan', { n: n / 10_000 }) : String(n);
}

/** Multiples of ReLU's time at or above this are "several times" (the lead's expectation). */
export const COST_EXPECTED_RATIO = 2;

/**
 * How the measured f times compare with ReLU's: the range, and whether the expectation the
 * lead states (several times as long) held in this run.
 */
export function costVerdict(t: DemoT, r: CostResult): string[] {
  const ref = r.entries.find((e) => e.activation.id === 'relu');
  const others = r.entries.filter((e) => e.activation.id !== 'relu');
  if (!ref || others.length === 0) return [];
  const ratios = others.map((e) => ({
    name: fnName(e.activation.id),
    x: e.f.median / ref.f.median,
  }));
  const lo = ratios.reduce((a, b) => (b.x < a.x ? b : a));
  const hi = ratios.reduce((a, b) => (b.x > a.x ? b : a));
  const count = ratios.filter((e) => e.x >= COST_EXPECTED_RATIO).length;
  const range = t('demoCostRange', {
    min: times(t, lo.x),
    minName: lo.name,
    max: times(t, hi.x),
    maxName: hi.name,
  });
  const verdict =
    count === ratios.length
      ? t('demoCostAllTwice')
      : count === 0
        ? t('demoCostNoneTwice')
        : t('demoCostSomeTwice', { count, total: ratios.length });
  return [range, verdict];
}

export function costSummary(t: DemoT, r: CostResult): string[] {
  const ref = r.entries.find((e) => e.activation.id === 'relu') ?? r.entries[0];
  if (!ref) return [];
  return [
    ...r.entries.map((e) =>
      t('demoCostSummaryRow', {
        name: fnName(e.activation.id),
        f: formatProse(Number(e.f.median.toPrecision(3))),
        fx: times(t, e.f.median / ref.f.median),
        df: formatProse(Number(e.df.median.toPrecision(3))),
        dfx: times(t, e.df.median / ref.df.median),
      }),
    ),
    t('demoCostBaseline', { ns: formatProse(Number(r.baseline.median.toPrecision(3))) }),
    ...costVerdict(t, r),
  ];
}

export function sparsitySummary(t: DemoT, r: SparsityResult): string[] {
  return r.series.map((s) => {
    const vars = {
      name: fnName(s.activation.id),
      zeros: percent(t, s.zeroShare),
      near: percent(t, s.nearZeroShare),
      eps: formatProse(r.nearZero),
    };
    return s.analyticZeroShare === null
      ? t('demoSparsitySummaryNoAnalytic', vars)
      : t('demoSparsitySummaryRow', { ...vars, analytic: percent(t, s.analyticZeroShare) });
  });
}

/** Loss as prose: 3 significant digits. */
const loss = (v: number) => formatProse(Number(v.toPrecision(3)));

/** "ReLU: 12 of 32 units dead after 500 steps; loss 0.0123." (+ the negative-but-alive units). */
export function dyingSummary(t: DemoT, id: string, s: TrainSnapshot): string {
  const name = fnName(id);
  if (s.diverged) return t('demoDiverged', { name });
  const units = s.alive.length;
  const line = t('demoDyingSummaryRow', {
    name,
    dead: s.deadCount,
    units,
    step: s.step,
    loss: loss(s.loss),
  });
  const extra = s.negativeCount - s.deadCount;
  return extra > 0 ? `${line} ${t('demoDyingNegative', { count: extra })}` : line;
}

/** α after training: the shared value, or the range and mean over units. */
export function preluSummary(t: DemoT, s: TrainSnapshot): string {
  const a = s.alpha;
  if (!a || a.length === 0) return '';
  const fmt = (v: number) => formatProse(Number(v.toPrecision(3)));
  if (a.length === 1)
    return t('demoPreluSummaryShared', { step: s.step, value: fmt(a[0]!), loss: loss(s.loss) });
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of a) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
  }
  return t('demoPreluSummaryUnit', {
    step: s.step,
    min: fmt(min),
    max: fmt(max),
    mean: fmt(sum / a.length),
    count: a.length,
    loss: loss(s.loss),
  });
}
