/**
 * The dying-ReLU and PReLU demos' results in words, beyond the one-line summaries of
 * `../text.ts`: what happened to the units since step 0, and PReLU's negative α. Each sentence is
 * picked from the numbers of the snapshot it describes, so it holds at every setting.
 */
import { formatProse } from '../../format/number';
import type { TrainSnapshot } from '../../train/dying';
import type { OptimizerKind } from '../../train/optim';
import type { DemoT } from '../../i18n/sections/demos';
import { fnName, times } from '../text';

/**
 * The run's unit history, one sentence per fact that holds: units dead from the start (which no
 * optimiser moves), units that died during training and whether any came back (under SGD none
 * can: their gradient is exactly 0), and, when some units sit on the negative side without being
 * dead (Leaky ReLU, PReLU, ELU), how many did at the start and do now. Empty for a diverged run.
 */
export function dyingStory(
  t: DemoT,
  id: string,
  optimizer: OptimizerKind,
  s: TrainSnapshot,
): string[] {
  if (s.diverged) return [];
  const name = fnName(id);
  const h = s.history;
  const out: string[] = [];
  if (h.deadAtStart > 0) out.push(t('demoStoryDeadAtStart', { name, count: h.deadAtStart }));
  if (h.died > 0) {
    const vars = { name, died: h.died, revived: h.revived };
    if (h.revived > 0)
      out.push(t(optimizer === 'adam' ? 'demoStoryRevivedAdam' : 'demoStoryRevived', vars));
    else out.push(t(optimizer === 'sgd' ? 'demoStoryDiedSgd' : 'demoStoryDiedNoneBack', vars));
  }
  // Units with input ≤ 0 everywhere that still get a gradient (never the case for ReLU).
  if (h.negativeAtStart > h.deadAtStart || s.negativeCount > s.deadCount)
    out.push(
      t('demoStoryNegative', {
        name,
        start: h.negativeAtStart,
        now: s.negativeCount,
        step: s.step,
      }),
    );
  return out;
}

/**
 * Side by side: how ReLU's loss compares with the lowest of the others, once every run has
 * reached the same step with a finite loss (null otherwise, or without ReLU among them).
 */
export function lossComparison(
  t: DemoT,
  runs: readonly { id: string; snapshot: TrainSnapshot | null }[],
): string | null {
  if (runs.length < 2) return null;
  const snaps = runs.map((r) => r.snapshot);
  const step = snaps[0]?.step;
  if (snaps.some((s) => !s || s.diverged || s.step !== step)) return null;
  const relu = runs.findIndex((r) => r.id === 'relu');
  if (relu < 0) return null;
  let best = -1;
  runs.forEach((_, i) => {
    if (i !== relu && (best < 0 || snaps[i]!.loss < snaps[best]!.loss)) best = i;
  });
  const reluLoss = snaps[relu]!.loss;
  const bestLoss = snaps[best]!.loss;
  if (reluLoss <= bestLoss) return t('demoStoryReluLowest', { step: step! });
  return t('demoStoryLossRatio', {
    step: step!,
    ratio: times(t, reluLoss / bestLoss),
    best: fnName(runs[best]!.id),
  });
}

/** α as prose and in the per-unit list: 3 significant digits, U+2212 minus. */
export const alphaText = (v: number) => formatProse(Number(v.toPrecision(3)));

/** Units whose learned α is below 0. */
export function negativeAlphaCount(alpha: ArrayLike<number>): number {
  let n = 0;
  for (let j = 0; j < alpha.length; j++) if (alpha[j]! < 0) n++;
  return n;
}

/**
 * The sentence about negative α, or null when no α is negative: with α < 0 the unit's output
 * grows in both directions away from 0 (V-shaped; α = −1 is |x|).
 */
export function negativeAlphaLine(t: DemoT, s: TrainSnapshot): string | null {
  const a = s.alpha;
  if (!a || a.length === 0) return null;
  const count = negativeAlphaCount(a);
  if (count === 0) return null;
  if (a.length === 1) return t('demoAlphaNegativeShared', { value: alphaText(a[0]!) });
  return t('demoAlphaNegativeUnit', { count, units: a.length });
}
