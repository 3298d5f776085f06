import { activations, getActivation } from '../math';
import { format } from '../i18n/catalogue';
import type { Lang } from '../i18n/types';
import {
  DEFAULT_RANGE,
  defaultParams,
  defaultState,
  isLang,
  isTheme,
  type ExplorerState,
  type Theme,
} from '../state/explorerStore';
import { formatExact as formatNumber } from '../format/number';
import { decode, type Notice } from '../state/urlCodec';
import { detectLang } from '../state/urlSync';

/** Every parameter key of every activation: each is an attribute of the element. */
export const PARAM_ATTRIBUTES: readonly string[] = [
  ...new Set(activations.flatMap((a) => a.params.map((p) => p.key))),
];

/** The attributes `<activation-explorer>` reacts to. */
export const OBSERVED_ATTRIBUTES: readonly string[] = [
  'fn',
  ...PARAM_ATTRIBUTES,
  'xmin',
  'xmax',
  'cmp',
  'derivative',
  'controls',
  'lang',
  'theme',
];

const DEFAULT_FN = defaultState().fn;

/** Reads one attribute (`null` when absent), e.g. `(n) => el.getAttribute(n)`. */
export type AttributeReader = (name: string) => string | null;

/** A validated change to apply to the store, with a warning per refused or adjusted value. */
export interface AttributeResult {
  state: Partial<ExplorerState>;
  warnings: string[];
}

/**
 * A boolean attribute: present means true, as in HTML (`derivative`, `derivative=""`), except
 * the explicit `false` / `0` that script authors write; absent means false.
 */
export function booleanAttribute(value: string | null): boolean {
  if (value === null) return false;
  const v = value.trim().toLowerCase();
  return v !== 'false' && v !== '0';
}

/** `lang` as written by authors: `en`, `en-GB`, `zh`, `zh-CN`, `zh-Hans`, … */
export function langAttribute(value: string): Lang | null {
  const v = value.trim();
  if (isLang(v)) return v;
  const t = v.toLowerCase();
  if (t === 'zh' || t.startsWith('zh-') || t === 'en' || t.startsWith('en-'))
    return detectLang([t]);
  return null;
}

/** The warning for a refused or adjusted attribute, in English (it goes to the console). */
function warning(n: Notice): string {
  return `<activation-explorer> ${n.param}="${n.value}": ${format('en', n.message, {
    param: n.param,
    value: n.value,
    ...n.vars,
  })}`;
}

/**
 * Validates the attributes named in `names` (the ones that changed; all of them when the
 * element starts) against the instance's `current` state, through the URL codec: the
 * attributes are the URL parameters, with `derivative` for `d`. A refused value leaves its
 * part of the state out of the result, so the last valid state stays; a removed attribute
 * goes back to its default. Parameters are read for the function being shown (the new one
 * when `fn` changes, which re-reads every parameter attribute).
 */
export function readAttributes(
  read: AttributeReader,
  names: readonly string[],
  current: Readonly<ExplorerState>,
): AttributeResult {
  const wanted = new Set(names);
  const warnings: string[] = [];
  const out: Partial<ExplorerState> = {};
  const run = (q: URLSearchParams) => {
    const { state, ignored } = decode(q);
    for (const n of ignored) if (n.message !== 'urlUnknownParam') warnings.push(warning(n));
    return state;
  };
  /** One parameter's value, clamped into its range; undefined when refused. */
  const readParam = (id: string, key: string, raw: string): number | undefined => {
    const { state, ignored } = decode(new URLSearchParams({ fn: id, [key]: raw }));
    for (const n of ignored) warnings.push(warning(n));
    const refused = ignored.some((n) => n.param === key && n.message !== 'urlClamped');
    return refused ? undefined : state.params?.[key];
  };

  let fn = current.fn;
  let rereadParams = false;
  const fnAttr = read('fn');
  if (wanted.has('fn')) {
    const next = fnAttr === null ? DEFAULT_FN : fnAttr;
    const decoded = run(new URLSearchParams({ fn: next })).fn;
    if (decoded !== undefined) {
      if (decoded !== current.fn) out.fn = decoded;
      fn = decoded;
      rereadParams = decoded !== current.fn || names.length === OBSERVED_ATTRIBUTES.length;
    }
  }

  const specs = getActivation(fn)?.params ?? [];
  if (rereadParams) {
    const q = new URLSearchParams({ fn });
    for (const spec of specs) {
      const v = read(spec.key);
      if (v !== null) q.set(spec.key, v);
    }
    out.params = run(q).params ?? defaultParams(fn);
  } else {
    let params: Record<string, number> | null = null;
    for (const spec of specs) {
      if (!wanted.has(spec.key)) continue;
      const raw = read(spec.key);
      const v = raw === null ? spec.default : readParam(fn, spec.key, raw);
      if (v !== undefined && !Object.is(v, current.params[spec.key]))
        (params ??= { ...current.params })[spec.key] = v;
    }
    if (params) out.params = params;
  }

  if (wanted.has('xmin') || wanted.has('xmax')) {
    const q = new URLSearchParams();
    for (const key of ['xmin', 'xmax']) {
      const v = read(key);
      if (v !== null) q.set(key, v);
    }
    const range = [...q.keys()].length === 0 ? [...DEFAULT_RANGE] : run(q).range;
    if (range) out.range = [range[0]!, range[1]!];
  }
  if (wanted.has('cmp')) {
    const raw = read('cmp');
    out.cmp = raw === null ? [] : (run(new URLSearchParams({ fn, cmp: raw })).cmp ?? []);
  }
  if (wanted.has('derivative')) out.showDerivative = booleanAttribute(read('derivative'));
  if (wanted.has('lang')) {
    const raw = read('lang');
    if (raw !== null) {
      const lang = langAttribute(raw);
      if (lang) out.lang = lang;
      else warnings.push(`<activation-explorer> lang="${raw}": expected en or zh-CN; ignored.`);
    }
  }
  if (wanted.has('theme')) {
    const raw = read('theme');
    if (raw === null || raw === '' || raw === 'system') out.theme = 'system';
    else if (isTheme(raw)) out.theme = raw as Theme;
    else warnings.push(`<activation-explorer> theme="${raw}": expected light or dark; ignored.`);
  }
  return { state: out, warnings };
}

/** The attributes that reproduce a state (for the embed snippet), in a readable order. */
export function attributesOf(
  s: Pick<ExplorerState, 'fn' | 'params' | 'range' | 'cmp' | 'showDerivative' | 'lang' | 'theme'>,
): [name: string, value: string][] {
  const out: [string, string][] = [['fn', s.fn]];
  for (const spec of getActivation(s.fn)?.params ?? []) {
    const v = s.params[spec.key];
    if (v !== undefined) out.push([spec.key, formatNumber(v)]);
  }
  out.push(['xmin', formatNumber(s.range[0])], ['xmax', formatNumber(s.range[1])]);
  if (s.cmp.length > 0) out.push(['cmp', s.cmp.join(',')]);
  if (s.showDerivative) out.push(['derivative', '']);
  out.push(['lang', s.lang]);
  if (s.theme !== 'system') out.push(['theme', s.theme]);
  return out;
}
