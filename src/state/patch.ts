/**
 * Validation of a change in the hosts' vocabulary, shared by every host: the URL loader, the
 * element's attributes, the React props and the store's `apply` action all go through
 * {@link applyPatch}, so the same value is accepted, clamped or refused the same way everywhere,
 * with the same message.
 */
import { awaitsMath, loadActivations } from '../math/loaded';
import type { MessageVars } from '../i18n/catalogue';
import type { NoticeKey } from '../i18n/sections/url.en';
import {
  MAX_COMPARE,
  X_LIMIT,
  activationIn,
  defaultParams,
  isLang,
  isTheme,
  paramsAccepted,
  rangeError,
  type ExplorerState,
} from './defaults';
import { formatExact } from '../format/number';
import { clamp } from './clamp';
import { CUSTOM_ID, loadFormulaEngine, loadedFormula } from './formula';
import {
  checkValue,
  FIELDS,
  PARAM_KEYS,
  type ExplorerPatch,
  type FieldName,
  type Host,
} from './schema';

/** A value that was ignored or adjusted, to show to the user (as text, never markup). */
export interface Notice {
  /** The field's name in the host it came from, e.g. `alpha` (`xmin,xmax` for a pair). */
  param: string;
  /** Its value as given, shortened for display. */
  value: string;
  /** What happened, as a catalogue message filled with `param`, `value` and `vars`. */
  message: NoticeKey;
  vars?: MessageVars;
}

export interface PatchResult {
  /** The state with every valid part of the patch applied. */
  state: ExplorerState;
  /** Only the parts of the state the patch validly set (for callers that merge over defaults). */
  set: Partial<ExplorerState>;
  notices: Notice[];
  /**
   * True when the patch involves the custom formula and its engine is not loaded yet, or shows
   * an activation whose math is not loaded yet (src/math/loaded.ts): nothing was applied. Load
   * what it needs ({@link loadNeeded}) and apply the same patch again.
   */
  deferred?: boolean;
}

/** The functions the result of applying `patch` to `base` shows (maybe not valid ones). */
const shownIds = (base: Readonly<ExplorerState>, patch: Readonly<ExplorerPatch>): unknown[] => [
  patch.fn ?? base.fn,
  ...(Array.isArray(patch.cmp) ? (patch.cmp as unknown[]) : base.cmp),
];

/**
 * Whether applying `patch` to `base` needs the formula engine (see formula.ts) and it is not
 * loaded yet: the result shows the custom formula, or the patch changes the formula or its
 * slider ranges.
 */
export function needsFormula(
  base: Readonly<ExplorerState>,
  patch: Readonly<ExplorerPatch>,
): boolean {
  const shown = shownIds(base, patch);
  return (
    !loadedFormula() &&
    (shown.includes(CUSTOM_ID) ||
      (patch.expr !== undefined && patch.expr !== base.expr) ||
      Object.keys(patch.paramRanges ?? {}).length > 0)
  );
}

/** Whether applying `patch` to `base` shows an activation whose math is not loaded yet. */
export function needsMath(base: Readonly<ExplorerState>, patch: Readonly<ExplorerPatch>): boolean {
  return shownIds(base, patch).some(awaitsMath);
}

/**
 * Loads what a deferred patch needs (the formula engine, the activations' math); it resolves
 * once they are here, and rejects if one of them could not be loaded. When one of them is
 * needed, it is that one's own promise, so that changes waiting for it are applied in the
 * order they were made.
 */
export function loadNeeded(
  base: Readonly<ExplorerState>,
  patch: Readonly<ExplorerPatch>,
): Promise<unknown> {
  const formula = needsFormula(base, patch) ? loadFormulaEngine() : null;
  const math = needsMath(base, patch) ? loadActivations() : null;
  return formula && math ? Promise.all([formula, math]) : (formula ?? math ?? Promise.resolve());
}

export interface PatchOptions {
  /** Whose spelling of the field names the notices use (default `url`). */
  host?: Host;
  /** The values as the host gave them (raw text), for the notices; else they are formatted. */
  raw?: Readonly<Record<string, string>>;
}

const MAX_SHOWN = 40;

/** A value as shown in a notice: long values are cut so hostile input can't flood it. */
export function shown(raw: string): string {
  return raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
}

/**
 * Applies the valid parts of `patch` to `base` and reports the rest. Never throws. The order
 * is the order of dependence: the function first (a new one resets its parameters), then its
 * parameters, the range, the compared functions, and `diff`, which needs a compared function.
 * Parameters are clamped into their slider range and accepted together if they fit together;
 * otherwise one by one, so a conflicting pair (Hardtanh min_val ≥ max_val) keeps the first.
 */
export function applyPatch(
  base: Readonly<ExplorerState>,
  patch: Readonly<ExplorerPatch>,
  { host = 'url', raw = {} }: PatchOptions = {},
): PatchResult {
  const notices: Notice[] = [];
  const set: Partial<ExplorerState> = {};
  const name = (k: FieldName) => FIELDS[k].names[host];
  const text = (key: string, v: unknown) =>
    raw[key] ??
    (typeof v === 'number' ? formatExact(v) : Array.isArray(v) ? v.join(',') : String(v));
  const note = (param: string, value: string, message: NoticeKey, vars?: MessageVars) =>
    notices.push({ param, value: shown(value), message, ...(vars && { vars }) });
  /** A prop of the wrong type: the typed hosts' counterpart of text that does not parse. */
  const typed = <K extends FieldName>(k: K): boolean => {
    const v = patch[k];
    if (v === undefined) return false;
    if (checkValue(k, v)) return true;
    note(name(k), text(name(k), v), 'urlBadValue', { expected: typeof FIELDS[k].get(base) });
    return false;
  };

  if (needsFormula(base, patch) || needsMath(base, patch))
    return { state: { ...base }, set, notices, deferred: true };

  let s: ExplorerState = { ...base };

  // The formula first (`fn=custom` and its parameters are read against the new one), its
  // slider ranges after `fn`: code loaded with the engine (formulaCustom.ts).
  const formula = loadedFormula();
  const ctx: PatchContext = { base, set, name, text, note, typed };
  if (formula) s = formula.applyExpr(s, patch, ctx);

  if (typed('fn') && patch.fn !== s.fn) {
    const id = patch.fn!;
    if (!activationIn(s, id)) note(name('fn'), text(name('fn'), id), 'urlUnknownFn');
    else {
      const cmp = s.cmp.filter((c) => c !== id);
      s = {
        ...s,
        fn: id,
        params: defaultParams(id, s.expr),
        cmp,
        showDifference: s.showDifference && cmp.length > 0,
      };
      set.fn = id;
      set.params = s.params;
    }
  } else if (patch.fn !== undefined && activationIn(s, patch.fn)) set.fn = patch.fn;

  if (formula) s = formula.applyRanges(s, patch, ctx);

  if (typed('params')) {
    const params = applyParams(s, patch.params!, text, note);
    if (params !== s.params) s = { ...s, params };
    if (params !== base.params || set.fn !== undefined) set.params = s.params;
  }

  const range = applyRange(s, patch, name, text, note);
  if (range) {
    s = { ...s, range };
    set.range = range;
  }

  if (typed('cmp')) {
    const cmp: string[] = [];
    const key = name('cmp');
    for (const id of patch.cmp!) {
      if (!activationIn(s, id)) note(key, id, 'urlCmpUnknown');
      else if (id === s.fn) note(key, id, 'urlCmpIsMain');
      else if (cmp.includes(id)) note(key, id, 'urlCmpDuplicate');
      else if (cmp.length >= MAX_COMPARE) note(key, id, 'urlCmpTooMany', { max: MAX_COMPARE });
      else cmp.push(id);
    }
    s = { ...s, cmp, showDifference: s.showDifference && cmp.length > 0 };
    set.cmp = cmp;
  }

  if (typed('derivative')) s = { ...s, showDerivative: (set.showDerivative = patch.derivative!) };

  if (typed('diff')) {
    if (patch.diff && s.cmp.length === 0)
      note(name('diff'), text(name('diff'), patch.diff ? '1' : '0'), 'urlDiffNeedsCmp');
    else s = { ...s, showDifference: (set.showDifference = patch.diff!) };
  }

  if (typed('lang')) {
    if (isLang(patch.lang)) s = { ...s, lang: (set.lang = patch.lang) };
    else
      note(name('lang'), text(name('lang'), patch.lang), 'urlBadValue', { expected: 'en, zh-CN' });
  }
  if (typed('theme')) {
    if (isTheme(patch.theme)) s = { ...s, theme: (set.theme = patch.theme) };
    else note(name('theme'), text(name('theme'), patch.theme), 'urlBadValue');
  }
  return { state: s, set, notices };
}

type Note = (param: string, value: string, message: NoticeKey, vars?: MessageVars) => void;
type Text = (key: string, v: unknown) => string;

/** What applyPatch's parts share: the base, what was set, and how to name and report values. */
export interface PatchContext {
  base: Readonly<ExplorerState>;
  set: Partial<ExplorerState>;
  name(k: FieldName): string;
  text: Text;
  note: Note;
  /** Whether the patch has field `k` with the right type (a wrong one is reported). */
  typed(k: FieldName): boolean;
}

/** The main function's parameters with the patch's valid values; `s.params` when none are. */
function applyParams(
  s: ExplorerState,
  given: Readonly<Record<string, number>>,
  text: Text,
  note: Note,
): ExplorerState['params'] {
  const a = activationIn(s, s.fn)!;
  const specs = new Map(a.params.map((p) => [p.key, p]));
  const candidates: { key: string; value: number; clamped: boolean }[] = [];
  for (const [key, v] of Object.entries(given)) {
    const spec = specs.get(key);
    if (!spec) {
      // Another function's parameter is part of the vocabulary; anything else is unknown.
      if (PARAM_KEYS.includes(key))
        note(key, text(key, v), 'urlParamNotApplicable', { fn: a.name });
      else note(shown(key), text(key, v), 'urlUnknownParam');
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      note(key, text(key, v), 'urlNotNumber');
      continue;
    }
    const value = clamp(v, spec.min, spec.max);
    candidates.push({ key, value, clamped: value !== v });
  }
  if (candidates.length === 0) return s.params;
  const params: Record<string, number> = { ...defaultParams(s.fn, s.expr), ...s.params };
  const together = paramsAccepted(a, {
    ...params,
    ...Object.fromEntries(candidates.map((c) => [c.key, c.value])),
  });
  let changed = false;
  for (const c of candidates) {
    if (!together && !paramsAccepted(a, { ...params, [c.key]: c.value })) {
      note(c.key, text(c.key, given[c.key]), 'urlParamConflict');
      continue;
    }
    if (c.clamped)
      note(c.key, text(c.key, given[c.key]), 'urlClamped', { clamped: formatExact(c.value) });
    if (!Object.is(params[c.key], c.value)) changed = true;
    params[c.key] = c.value;
  }
  return changed ? params : s.params;
}

/** The patch's range, with the current end where only one is given; null when none or refused. */
function applyRange(
  s: ExplorerState,
  patch: Readonly<ExplorerPatch>,
  name: (k: FieldName) => string,
  text: Text,
  note: Note,
): ExplorerState['range'] | null {
  const end = (k: 'xmin' | 'xmax'): number | null => {
    const v = patch[k];
    if (v === undefined) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      note(name(k), text(name(k), v), 'urlNotNumber');
      return null;
    }
    const c = clamp(v, -X_LIMIT, X_LIMIT);
    if (c !== v) note(name(k), text(name(k), v), 'urlClamped', { clamped: formatExact(c) });
    return c;
  };
  const min = end('xmin');
  const max = end('xmax');
  if (min === null && max === null) return null;
  const range: ExplorerState['range'] = [min ?? s.range[0], max ?? s.range[1]];
  if (range[0] === s.range[0] && range[1] === s.range[1]) return s.range;
  const error = rangeError(range);
  if (!error) return range;
  // Both ends are dropped: keeping one could make a range the user never asked for.
  const given = (
    [
      ['xmin', min],
      ['xmax', max],
    ] as const
  ).filter(([, v]) => v !== null);
  const keys = given.map(([k]) => name(k));
  const values = given.map(([k]) => text(name(k), patch[k]));
  note(
    keys.join(','),
    values.join(','),
    !error.ok && error.reason === 'errRangeTooNarrow' ? 'urlRangeTooNarrow' : 'urlRangeOrder',
    {
      pairs: keys.map((k, i) => `${k}=${shown(values[i]!)}`).join(', '),
      ...(!error.ok && error.vars),
    },
  );
  return null;
}
