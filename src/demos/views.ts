/**
 * The views of the demos page: `why` (every demo) and one per demo. Kept apart from `route.ts`,
 * which the first load imports, so that none of this ships before the demos are asked for.
 */

/** The demos, in page order; each id is also its `view=` value and its URL key prefix. */
export const DEMO_IDS = ['cost', 'depth', 'sparsity', 'dying', 'prelu', 'distribution'] as const;
export type DemoId = (typeof DEMO_IDS)[number];

/** `why`: all demos; a demo id: that demo alone. */
export type View = 'why' | DemoId;
export const VIEWS: readonly View[] = ['why', ...DEMO_IDS];

export const isView = (v: unknown): v is View => VIEWS.includes(v as View);
