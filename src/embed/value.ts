import type { Params } from '../math';
import type { ExplorerState } from '../state/explorerStore';

/**
 * The part of an explorer's state an embedding page reads and writes: the `change` event's
 * `detail` of the web component and the `value` of the React component. Mirrors the URL
 * parameters (`xmin`/`xmax` for the range, `derivative` for `d`).
 */
export interface ExplorerValue {
  /** Activation id, e.g. `leaky_relu`. */
  fn: string;
  /** Parameter values of `fn` by key, e.g. `{ alpha: 0.1 }`. */
  params: Params;
  xmin: number;
  xmax: number;
  /** Compared activation ids (drawn with their default parameters). */
  cmp: readonly string[];
  /** Whether f′ is shown. */
  derivative: boolean;
}

/** The value of a state (a new object; call it on change, not in a selector). */
export function valueOf(s: Readonly<ExplorerState>): ExplorerValue {
  return {
    fn: s.fn,
    params: { ...s.params },
    xmin: s.range[0],
    xmax: s.range[1],
    cmp: [...s.cmp],
    derivative: s.showDerivative,
  };
}

/** Whether two states differ in their value (stored references change only on change). */
export function valueChanged(a: Readonly<ExplorerState>, b: Readonly<ExplorerState>): boolean {
  return (
    a.fn !== b.fn ||
    a.params !== b.params ||
    a.range !== b.range ||
    a.cmp !== b.cmp ||
    a.showDerivative !== b.showDerivative
  );
}

/** Whether two values are the same (parameters compared key by key). */
export function sameValue(a: ExplorerValue, b: ExplorerValue): boolean {
  const keys = new Set([...Object.keys(a.params), ...Object.keys(b.params)]);
  return (
    a.fn === b.fn &&
    a.xmin === b.xmin &&
    a.xmax === b.xmax &&
    a.derivative === b.derivative &&
    a.cmp.length === b.cmp.length &&
    a.cmp.every((id, i) => id === b.cmp[i]) &&
    [...keys].every((k) => Object.is(a.params[k], b.params[k]))
  );
}
