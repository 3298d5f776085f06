/**
 * Which controls a figure shows, without the parsing of `controls` lists (controls.ts): the
 * figure's context (config.tsx) needs only this, and the page's first load then does without
 * the rest.
 */

/**
 * The controls an embedded explorer can show, besides one slider per parameter key.
 * `picker` is the function picker, `range` the x min / x max fields, `derivative` the show-f′
 * toggle, `compare` the compare list (and its difference toggle), `readout` the hover readout
 * panel and its table view, `export` the SVG / PNG / CSV menu.
 */
export const CONTROL_NAMES = [
  'picker',
  'range',
  'derivative',
  'compare',
  'readout',
  'export',
] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

/** Which controls are visible. `params: 'all'` shows every parameter slider. */
export interface ControlSet {
  picker: boolean;
  range: boolean;
  derivative: boolean;
  compare: boolean;
  readout: boolean;
  export: boolean;
  /** Parameter keys whose slider is shown, or `'all'`. */
  params: 'all' | ReadonlySet<string>;
}

/** Everything shown: the full page, and an embed without a `controls` setting. */
export const ALL_CONTROLS: ControlSet = Object.freeze({
  picker: true,
  range: true,
  derivative: true,
  compare: true,
  readout: true,
  export: true,
  params: 'all',
});
