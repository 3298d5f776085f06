/**
 * The explorer's state vocabulary as data: one row per field, from which every host derives what
 * it accepts — the page's and the iframe's URL (`urlCodec.ts`), the element's attributes
 * (`src/element/attributes.ts`), the React component's props and the `change` event's value
 * (`ExplorerValue`). A host never lists fields by hand, so the four cannot drift apart.
 *
 * Text hosts (URL, attributes) parse with `parse`; the React component passes typed values,
 * checked with `check`. Either way the result is an {@link ExplorerPatch}, which the store's
 * `apply` validates against the current state (ranges, conflicts, compare rules) — see patch.ts.
 */
import { activations } from '../math';
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import { LANGS, type Lang } from '../i18n/types';
import { defaultState, isTheme, type ExplorerState, type Theme } from './defaults';
import { formatExact, parseNumber } from '../format/number';

/** The places a field can come from, each with its own spelling of the field's name. */
export type Host = 'url' | 'attr' | 'prop';

/** A value read from text, or why it was refused (a catalogue message for the notice). */
export type Parsed<V> =
  { ok: true; value: V } | { ok: false; message: MessageKey; vars?: MessageVars };

export interface FieldSpec<V> {
  /** The field's name in the URL, as an element attribute, and as a React prop. */
  names: Readonly<Record<Host, string>>;
  /** Whether the `change` event's value and the controlled `value` prop carry it. */
  inValue: boolean;
  /** The field's value in a state. */
  get(s: Readonly<ExplorerState>): V;
  /** Its value in the default state (every host has the same defaults; `lang` is the page's). */
  default(lang: Lang): V;
  /**
   * Reads the field from URL or attribute text, and writes it back (`parse(format(v))` is `v`).
   * `params` has none: in text each parameter is a key of its own (`parseParam`).
   */
  text?: { parse(text: string): Parsed<V>; format(v: V): string };
  /** Checks an untyped prop value (JavaScript callers can pass anything). */
  check(v: unknown): v is V;
  /** Whether two values are the same (arrays by content). */
  same(a: V, b: V): boolean;
}

/** A parameter's or range end's value read from text (clamping is `apply`'s job). */
export function parseParam(text: string): Parsed<number> {
  const n = parseNumber(text);
  return n === null ? { ok: false, message: 'urlNotNumber' } : { ok: true, value: n };
}

function numberField(names: Record<Host, string>, get: (s: Readonly<ExplorerState>) => number) {
  return {
    names,
    inValue: true as const,
    get,
    default: () => get(defaultState()),
    text: { parse: parseParam, format: formatExact },
    check: (v: unknown): v is number => typeof v === 'number',
    same: Object.is,
  } satisfies FieldSpec<number>;
}

/** `1`/`0`, `true`/`false`, and an attribute present with no value (HTML's `derivative=""`). */
function boolField(names: Record<Host, string>, get: (s: Readonly<ExplorerState>) => boolean) {
  return {
    names,
    inValue: true as const,
    get,
    default: () => get(defaultState()),
    text: {
      parse: (t: string): Parsed<boolean> => {
        const v = t.trim().toLowerCase();
        if (v === '1' || v === 'true' || v === '') return { ok: true, value: true };
        if (v === '0' || v === 'false') return { ok: true, value: false };
        return { ok: false, message: 'urlBadValue', vars: { expected: '0, 1' } };
      },
      format: (v: boolean) => (v ? '1' : '0'),
    },
    check: (v: unknown): v is boolean => typeof v === 'boolean',
    same: Object.is,
  } satisfies FieldSpec<boolean>;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** `lang` as authors write it: `en`, `en-GB`, `zh`, `zh-CN`, `zh-Hans`, … */
export function parseLang(text: string): Lang | null {
  const t = text.trim();
  if ((LANGS as readonly string[]).includes(t)) return t as Lang;
  const l = t.toLowerCase();
  if (l === 'zh' || l.startsWith('zh-')) return 'zh-CN';
  if (l === 'en' || l.startsWith('en-')) return 'en';
  return null;
}

/**
 * The fields, in the order URLs and attribute lists are written. The activation's parameters
 * are one field, `params`: in text hosts each parameter is its own key (`alpha=0.1`), named by
 * its PyTorch keyword (see {@link PARAM_KEYS}); as a prop and in the value it is one object.
 */
export const FIELDS = {
  fn: {
    names: { url: 'fn', attr: 'fn', prop: 'fn' },
    inValue: true,
    get: (s) => s.fn,
    default: () => defaultState().fn,
    text: { parse: (t) => ({ ok: true, value: t.trim() }), format: (v) => v },
    check: (v): v is string => typeof v === 'string',
    same: Object.is,
  } satisfies FieldSpec<string>,
  params: {
    names: { url: '', attr: '', prop: 'params' },
    inValue: true,
    get: (s) => s.params,
    default: () => defaultState().params,
    check: (v): v is Readonly<Record<string, number>> =>
      typeof v === 'object' && v !== null && !Array.isArray(v),
    same: (a, b) => {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      return [...keys].every((k) => Object.is(a[k], b[k]));
    },
  } satisfies FieldSpec<Readonly<Record<string, number>>>,
  xmin: numberField({ url: 'xmin', attr: 'xmin', prop: 'xmin' }, (s) => s.range[0]),
  xmax: numberField({ url: 'xmax', attr: 'xmax', prop: 'xmax' }, (s) => s.range[1]),
  cmp: {
    names: { url: 'cmp', attr: 'cmp', prop: 'cmp' },
    inValue: true,
    get: (s) => s.cmp,
    default: () => defaultState().cmp,
    text: {
      parse: (t) => ({
        ok: true,
        value: t
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      }),
      format: (v) => v.join(','),
    },
    check: (v): v is readonly string[] =>
      Array.isArray(v) && v.every((id) => typeof id === 'string'),
    same: sameList,
  } satisfies FieldSpec<readonly string[]>,
  derivative: boolField(
    { url: 'd', attr: 'derivative', prop: 'derivative' },
    (s) => s.showDerivative,
  ),
  diff: boolField({ url: 'diff', attr: 'diff', prop: 'diff' }, (s) => s.showDifference),
  lang: {
    names: { url: 'lang', attr: 'lang', prop: 'lang' },
    inValue: false,
    get: (s) => s.lang,
    default: (lang) => lang,
    text: {
      parse: (t) => {
        const lang = parseLang(t);
        return lang
          ? { ok: true, value: lang }
          : { ok: false, message: 'urlBadValue', vars: { expected: 'en, zh-CN' } };
      },
      format: (v) => v,
    },
    check: (v): v is Lang => (LANGS as readonly unknown[]).includes(v),
    same: Object.is,
  } satisfies FieldSpec<Lang>,
  theme: {
    names: { url: 'theme', attr: 'theme', prop: 'theme' },
    inValue: false,
    get: (s) => s.theme,
    default: () => defaultState().theme,
    text: {
      parse: (t) => {
        const v = t.trim();
        return isTheme(v)
          ? { ok: true, value: v }
          : { ok: false, message: 'urlBadValue', vars: { expected: 'light, dark, system' } };
      },
      format: (v) => v,
    },
    check: isTheme,
    same: Object.is,
  } satisfies FieldSpec<Theme>,
} as const;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** The value type of a field. */
export type FieldValue<K extends FieldName> =
  (typeof FIELDS)[K] extends FieldSpec<infer V> ? V : never;

/**
 * A change to an explorer's state in the hosts' vocabulary: any subset of the fields, each
 * typed. The store's `apply` takes it, validates it and reports what it could not use.
 */
export type ExplorerPatch = { -readonly [K in FieldName]?: FieldValue<K> };

type ValueFields = {
  [K in FieldName]: (typeof FIELDS)[K]['inValue'] extends true ? K : never;
}[FieldName];

/**
 * The part of an explorer's state an embedding page reads and writes: the `change` event's
 * `detail` of the web component and the controlled `value` of the React component.
 */
export type ExplorerValue = { [K in ValueFields]: FieldValue<K> };

/** The fields that `ExplorerValue` carries, in table order. */
export const VALUE_FIELDS = FIELD_NAMES.filter((k) => FIELDS[k].inValue) as ValueFields[];

/** Every parameter key of every registered activation: each is a URL key and an attribute. */
export const PARAM_KEYS: readonly string[] = [
  ...new Set(activations.flatMap((a) => a.params.map((p) => p.key))),
];

/** The names a text host (`url`, `attr`) reads: every field's, every parameter key. */
export function textNames(host: 'url' | 'attr'): string[] {
  return [
    ...FIELD_NAMES.filter((k) => 'text' in FIELDS[k]).map((k) => FIELDS[k].names[host]),
    ...PARAM_KEYS,
  ];
}

/** The value of a state (a new object; call it on change, never in a selector). */
export function valueOf(s: Readonly<ExplorerState>): ExplorerValue {
  const out = {} as Record<string, unknown>;
  for (const k of VALUE_FIELDS) {
    const v = FIELDS[k].get(s);
    out[k] = Array.isArray(v) ? [...v] : typeof v === 'object' ? { ...v } : v;
  }
  return out as ExplorerValue;
}

/** Whether two states differ in any field of their value. */
export function valueChanged(a: Readonly<ExplorerState>, b: Readonly<ExplorerState>): boolean {
  return VALUE_FIELDS.some((k) => !sameField(k, FIELDS[k].get(a), FIELDS[k].get(b)));
}

/** Whether two values of field `k` are the same. */
export function sameField<K extends FieldName>(k: K, a: FieldValue<K>, b: FieldValue<K>): boolean {
  return (FIELDS[k] as unknown as FieldSpec<FieldValue<K>>).same(a, b);
}
