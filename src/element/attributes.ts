import { activationIn, defaultState, type ExplorerState } from '../state/defaults';
import { CUSTOM_ID, ownKeys } from '../state/formula';
import { FIELDS, FIELD_NAMES, PARAM_KEYS, textNames, type FieldName } from '../state/schema';
import { readText, type TextPatch } from '../state/textPatch';

/** The attributes `<activation-explorer>` reacts to: the schema's, plus `controls`. */
export const OBSERVED_ATTRIBUTES: readonly string[] = [...textNames('attr'), 'controls'];

/** Which schema field an attribute belongs to (every parameter key is `params`). */
const FIELD_OF = new Map<string, FieldName>([
  ...FIELD_NAMES.map((k) => [FIELDS[k].names.attr, k] as const),
  ...PARAM_KEYS.map((key) => [key, 'params'] as const),
]);

/** Reads one attribute (`null` when absent), e.g. `(n) => el.getAttribute(n)`. */
type AttributeReader = (name: string) => string | null;

const OBSERVED = new Set(OBSERVED_ATTRIBUTES);

/**
 * The attributes that are the custom formula `expr`'s parameters (`b="1.5"`) or their slider
 * range (`b.min="-5"`): not observed (their names come from the formula), read with the
 * formula. HTML lower-cases attribute names, so such parameters are lower-case names.
 */
export function customAttributes(names: readonly string[], expr: string | null): string[] {
  return ownKeys(names, expr).filter((n) => !OBSERVED.has(n));
}

/**
 * The patch for the attributes named in `names` (the ones that changed; every one when the
 * element starts), read against the instance's `current` state. A removed attribute sets its
 * field back to the default (its language to `inherited`); a changed `xmin` or `xmax` re-reads
 * both, so script can set the pair in any order; a changed `fn` re-reads the new function's
 * parameters. Validate the result with the store's `apply(patch, { host: 'attr' })`.
 *
 * `custom` lists the element's attributes that may be custom parameters
 * ({@link customAttributes}); with a custom formula shown they are read along with `fn` or
 * `expr`.
 */
export function readAttributes(
  read: AttributeReader,
  names: readonly string[],
  current: Readonly<ExplorerState>,
  inherited = current.lang,
  custom: readonly string[] = [],
): TextPatch {
  const fields = new Set<FieldName>();
  for (const n of names) {
    const k = FIELD_OF.get(n);
    if (k) fields.add(k);
  }
  if (fields.has('xmin') || fields.has('xmax')) fields.add('xmin').add('xmax');
  if (fields.has('fn')) fields.add('params');
  const isCustom = (read('fn')?.trim() ?? current.fn) === CUSTOM_ID;
  const customKeys = isCustom && (fields.has('fn') || fields.has('expr')) ? custom : [];
  if (customKeys.length > 0) fields.add('params').add('paramRanges');
  const text = readText(read, 'attr', [...fields], customKeys);
  const defaults = defaultState(inherited);
  for (const k of fields) {
    if (k === 'params' || k === 'paramRanges') continue;
    if (read(FIELDS[k].names.attr) !== null || k in text.patch) continue;
    if (text.notices.some((n) => n.param === FIELDS[k].names.attr)) continue;
    (text.patch as Record<string, unknown>)[k] = FIELDS[k].get(defaults);
  }
  // Parameters: only the shown function's (others may apply after a change of `fn`); a removed
  // one goes back to its default.
  const fn = text.patch.fn ?? current.fn;
  const specs =
    activationIn({ ...current, expr: text.patch.expr ?? current.expr }, fn)?.params ?? [];
  const params: Record<string, number> = {};
  for (const spec of specs) {
    const given = text.patch.params?.[spec.key];
    if (given !== undefined) params[spec.key] = given;
    else if (names.includes(spec.key) && read(spec.key) === null) params[spec.key] = spec.default;
  }
  const own = new Set(specs.map((s) => s.key));
  text.notices = text.notices.filter((n) => !PARAM_KEYS.includes(n.param) || own.has(n.param));
  // A custom formula's parameters: all of those given (applyPatch reports names it lacks).
  for (const key of customKeys) {
    const v = text.patch.params?.[key];
    if (v !== undefined) params[key] = v;
  }
  if (Object.keys(params).length > 0) text.patch.params = params;
  else delete text.patch.params;
  return text;
}
