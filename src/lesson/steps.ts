/**
 * The lesson's steps as data: the tutorial's argument in order, each with the figure an author
 * would embed beside it. The words are in `i18n/sections/lesson.ts` (`lesson<Step><Part>`); the
 * numbers they quote are in `vars.ts`.
 */
import type { DemoSettings } from '../demos/schema';
import type { DemoId } from '../demos/views';
import type { ExplorerState } from '../state/explorerStore';

export const STEP_IDS = ['relu', 'kink', 'cost', 'depth', 'sparsity', 'dying', 'variants'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Steps are numbered from 1 in the URL (`step=3`, `#step-3`) and on screen. */
export const STEP_COUNT = STEP_IDS.length;

/** An explorer figure: the explorer's state over its defaults, and the embed's `controls`. */
export interface ExplorerFigure {
  kind: 'explorer';
  state: Partial<Pick<ExplorerState, 'fn' | 'params' | 'range' | 'cmp' | 'showDerivative'>>;
  controls: string;
}

/** A "Why ReLU works" demo, with settings over its defaults (a preset). */
export interface DemoFigure<D extends DemoId = DemoId> {
  kind: 'demo';
  demo: D;
  settings: Partial<DemoSettings[D]>;
}

export type Figure = ExplorerFigure | DemoFigure;

/** The dying demo's preset: few units and a negative bias shift make dead units likely. */
export const DYING_PRESET = { units: 8, shift: -3 } as const;

export const FIGURES: Record<StepId, Figure> = {
  relu: { kind: 'explorer', state: { fn: 'relu', showDerivative: false }, controls: 'none' },
  kink: { kind: 'explorer', state: { fn: 'relu', range: [-2, 2] }, controls: 'none' },
  cost: { kind: 'demo', demo: 'cost', settings: {} },
  depth: { kind: 'demo', demo: 'depth', settings: {} },
  sparsity: { kind: 'demo', demo: 'sparsity', settings: {} },
  dying: { kind: 'demo', demo: 'dying', settings: { ...DYING_PRESET } } as DemoFigure<'dying'>,
  variants: {
    kind: 'explorer',
    state: { fn: 'leaky_relu', params: { alpha: 0.1 }, cmp: ['relu', 'elu'], range: [-3, 3] },
    controls: 'alpha',
  },
};

/** The parts of a step's text, each a message `lesson<Step><Part>`. */
export type Part = 'Title' | 'Body' | 'Question' | 'Answer' | 'Figure';
export type StepKey = `lesson${Capitalize<StepId>}${Part}`;

export function stepKey(id: StepId, part: Part): StepKey {
  return `lesson${id[0]!.toUpperCase()}${id.slice(1)}${part}` as StepKey;
}

/** The step id of a 1-based step number (clamped into range). */
export function stepAt(n: number): StepId {
  return STEP_IDS[Math.min(STEP_COUNT, Math.max(1, Math.trunc(n))) - 1]!;
}
