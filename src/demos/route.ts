/**
 * Which page a query string asks for. Part of the first load (main.tsx reads it before anything
 * renders), so it imports nothing: the demos themselves load lazily.
 *
 * `?view=why` is the "Why ReLU works" page with every demo; `?view=<demo>` one demo on its own;
 * no `view` at all is the explorer. Any other value still opens the demos page (with a notice),
 * so a mistyped link shows something useful rather than the wrong app.
 */

/** The demos, in page order; each id is also its `view=` value and its URL key prefix. */
export const DEMO_IDS = ['cost', 'depth', 'sparsity', 'dying', 'prelu'] as const;
export type DemoId = (typeof DEMO_IDS)[number];

/** `why`: all demos; a demo id: that demo alone. */
export type View = 'why' | DemoId;
export const VIEWS: readonly View[] = ['why', ...DEMO_IDS];

export const isView = (v: unknown): v is View => VIEWS.includes(v as View);

/** The raw `view` value of a query string, or null when it has none (the explorer). */
export function viewParam(search: string): string | null {
  return new URLSearchParams(search).get('view');
}
