import { PARAM_KEYS } from '../math/catalog';
import { ALL_CONTROLS, CONTROL_NAMES, type ControlName, type ControlSet } from './controlSet';

/** The result of {@link parseControls}: the set, plus each token that meant nothing. */
export interface ParsedControls {
  controls: ControlSet;
  /** Tokens that are neither a control name, a parameter key, `all` nor `none`. */
  ignored: string[];
}

/** Every parameter key of every activation (`alpha`, `beta`, `lambd`, …). */
export function allParamKeys(): Set<string> {
  return new Set(PARAM_KEYS);
}

const isControlName = (t: string): t is ControlName =>
  (CONTROL_NAMES as readonly string[]).includes(t);

/**
 * Parses the `controls` URL parameter or attribute: a comma list of control names and
 * parameter keys, or `all` / `none`. Absent (`null`/`undefined`) means all controls; an empty
 * list means none. `all` anywhere wins; `none` adds nothing, so `none` alone is the bare
 * figure. Tokens are case-insensitive and trimmed; unknown ones are listed in `ignored` (the
 * caller warns) and otherwise skipped, so a typo never hides the whole figure.
 */
export function parseControls(value: string | null | undefined): ParsedControls {
  if (value === null || value === undefined) return { controls: ALL_CONTROLS, ignored: [] };
  const tokens = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const keys = allParamKeys();
  const shown = new Set<ControlName>();
  const params = new Set<string>();
  const ignored: string[] = [];
  let all = false;
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    if (t === 'all') all = true;
    else if (t === 'none') continue;
    else if (isControlName(t)) shown.add(t);
    else if (keys.has(raw)) params.add(raw);
    else if (keys.has(t)) params.add(t);
    else ignored.push(raw);
  }
  if (all) return { controls: ALL_CONTROLS, ignored };
  return {
    controls: {
      picker: shown.has('picker'),
      range: shown.has('range'),
      derivative: shown.has('derivative'),
      compare: shown.has('compare'),
      readout: shown.has('readout'),
      export: shown.has('export'),
      params,
    },
    ignored,
  };
}

/** Whether the slider of parameter `key` is shown. */
export function showsParam(controls: ControlSet, key: string): boolean {
  return controls.params === 'all' || controls.params.has(key);
}

/** Whether any control at all is shown (an embed with none needs no controls area). */
export function showsAnyControl(controls: ControlSet): boolean {
  return (
    CONTROL_NAMES.some((n) => controls[n]) || controls.params === 'all' || controls.params.size > 0
  );
}

/**
 * The canonical text of a control set, for URLs, attributes and the embed snippets:
 * `undefined` for all controls (the default, so it is left out), `none` for none, else the
 * comma list in a stable order.
 */
export function formatControls(controls: ControlSet): string | undefined {
  const names = CONTROL_NAMES.filter((n) => controls[n]);
  if (controls.params === 'all') {
    return names.length === CONTROL_NAMES.length
      ? undefined
      : [...names, ...allParamKeys()].join(',');
  }
  const list = [...names, ...[...controls.params].sort()];
  return list.length === 0 ? 'none' : list.join(',');
}
