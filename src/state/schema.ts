/**
 * The explorer's state vocabulary as data: one row per field, from which every host derives what
 * it accepts — the page's and the iframe's URL (`urlCodec.ts`), the element's attributes
 * (`src/element/attributes.ts`), the React component's props and the change events' value
 * (`ExplorerValue`). A host never lists fields by hand, so the four cannot drift apart.
 *
 * Text hosts (URL, attributes) parse with `parse`; the React component passes typed values,
 * checked with `check`. Either way the result is an {@link ExplorerPatch}, which the store's
 * `apply` validates against the current state (ranges, conflicts, compare rules) — see patch.ts.
 */
import { PARAM_KEYS } from '../math/catalog';
import type { MessageVars } from '../i18n/catalogue';
import type { NoticeKey } from '../i18n/sections/url.en';
import { LANGS, type Lang } from '../i18n/types';
import { defaultState, isTheme, type ExplorerState, type Theme } from './defaults';
import { formatExact, parseNumber } from '../format/number';
import { CUSTOM_ID, type ParamRanges } from './formula';

/** The places a field can come from, each with its own spelling of the field's name. */
export type Host = 'url' | 'attr' | 'prop';

/** A value read from text, or why it was refused (a catalogue message for the notice). */
export type Parsed<V> =
  { ok: true; value: V } | { ok: false; message: NoticeKey; vars?: MessageVars };

export interface FieldSpec<V> {
  /** The field's name in the URL, as an element attribute, and as a React prop. */
  names: Readonly<Record<Host, string>>;
  /** Whether the change events' value and the controlled `value` prop carry it. */
  inValue: boolean | 'custom';
  /**
   * The field's value in a state. Its type in the default state is the type a prop must have
   * (`checkValue`); two values compare with `sameValue` and are written as text with `formatText`.
   */
  get(s: Readonly<ExplorerState>): V;
  /**
   * Reads the field from URL or attribute text (`parse(formatText(v))` is `v`). `params` has
   * none: in text each parameter is a key of its own (`parseParam`).
   */
  parse?(text: string): Parsed<V>;
}

/** A parameter's or range end's value read from text (clamping is `apply`'s job). */
export function parseParam(text: string): Parsed<number> {
  const n = parseNumber(text);
  return n === null ? { ok: false, message: 'urlNotNumber' } : { ok: true, value: n };
}

/** A name that is the same in every host, or the URL's own short one (`d` for `derivative`). */
const named = <N extends string>(name: N, url: string = name) => ({ url, attr: name, prop: name });

/** `1`/`0`, `true`/`false`, and an attribute present with no value (HTML's `derivative=""`). */
function parseBool(t: string): Parsed<boolean> {
  const v = t.trim().toLowerCase();
  if (v === '1' || v === 'true' || v === '') return { ok: true, value: true };
  if (v === '0' || v === 'false') return { ok: true, value: false };
  return { ok: false, message: 'urlBadValue', vars: { expected: '0, 1' } };
}

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
    names: named('fn'),
    inValue: true,
    get: (s) => s.fn,
    parse: (t) => ({ ok: true, value: t.trim() }),
  } satisfies FieldSpec<string>,
  expr: {
    names: named('expr'),
    inValue: 'custom',
    get: (s) => s.expr,
    // Only `fn=custom` (or `custom` in `cmp`) draws it; applyPatch compiles and checks it.
    parse: (t) => ({ ok: true, value: t }),
  } satisfies FieldSpec<string>,
  params: {
    names: named('params'),
    inValue: true,
    get: (s) => s.params,
  } satisfies FieldSpec<Readonly<Record<string, number>>>,
  paramRanges: {
    names: named('paramRanges'),
    inValue: 'custom',
    get: (s) => s.paramRanges,
  } satisfies FieldSpec<ParamRanges>,
  xmin: {
    names: named('xmin'),
    inValue: true,
    get: (s) => s.range[0],
    parse: parseParam,
  } satisfies FieldSpec<number>,
  xmax: {
    names: named('xmax'),
    inValue: true,
    get: (s) => s.range[1],
    parse: parseParam,
  } satisfies FieldSpec<number>,
  cmp: {
    names: named('cmp'),
    inValue: true,
    get: (s) => s.cmp,
    parse: (t) => ({
      ok: true,
      value: t
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    }),
  } satisfies FieldSpec<readonly string[]>,
  derivative: {
    names: named('derivative', 'd'),
    inValue: true,
    get: (s) => s.showDerivative,
    parse: parseBool,
  } satisfies FieldSpec<boolean>,
  diff: {
    names: named('diff'),
    inValue: true,
    get: (s) => s.showDifference,
    parse: parseBool,
  } satisfies FieldSpec<boolean>,
  lang: {
    names: named('lang'),
    inValue: false,
    get: (s) => s.lang,
    parse: (t) => {
      const lang = parseLang(t);
      return lang
        ? { ok: true, value: lang }
        : { ok: false, message: 'urlBadValue', vars: { expected: 'en, zh-CN' } };
    },
  } satisfies FieldSpec<Lang>,
  theme: {
    names: named('theme'),
    inValue: false,
    get: (s) => s.theme,
    parse: (t) => {
      // `auto` is the name embedding authors know (`theme="auto"`); it means `system`.
      const v = t.trim() === 'auto' ? 'system' : t.trim();
      return isTheme(v)
        ? { ok: true, value: v }
        : { ok: false, message: 'urlBadValue', vars: { expected: 'auto, light, dark, inherit' } };
    },
  } satisfies FieldSpec<Theme>,
} as const;

/**
 * Whether two values of a field are the same: lists item by item, parameters key by key, a
 * parameter's slider range (`paramRanges`) end by end.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a && b) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    return [...new Set([...Object.keys(x), ...Object.keys(y)])].every(
      (k) => Object.is(x[k], y[k]) || (Array.isArray(x[k]) && sameValue(x[k], y[k])),
    );
  }
  return Object.is(a, b);
}

/** A field's value as URL or attribute text. */
export function formatText(v: unknown): string {
  if (typeof v === 'number') return formatExact(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return Array.isArray(v) ? v.join(',') : String(v);
}

const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/**
 * Whether an untyped prop value (JavaScript callers can pass anything) has the field's type:
 * that of its value in the default state. What the value means is `applyPatch`'s to check.
 */
export function checkValue(k: FieldName, v: unknown): boolean {
  return kind(v) === kind(FIELDS[k].get(defaultState()));
}

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

type FieldsIn<W> = {
  [K in FieldName]: (typeof FIELDS)[K]['inValue'] extends W ? K : never;
}[FieldName];

/**
 * The part of an explorer's state an embedding page reads and writes: the change events'
 * `detail` of the web component and the controlled `value` of the React component. The custom
 * formula's fields (`inValue: 'custom'`) are there only while a custom formula is shown, so a
 * page that uses none sees (and writes) the value it always did.
 */
export type ExplorerValue = { [K in FieldsIn<true>]: FieldValue<K> } & {
  [K in FieldsIn<'custom'>]?: FieldValue<K>;
};

type ValueFields = FieldsIn<true> | FieldsIn<'custom'>;

/** The fields that `ExplorerValue` carries, in table order. */
const VALUE_FIELDS = FIELD_NAMES.filter((k) => FIELDS[k].inValue) as ValueFields[];

/** Whether a state shows the custom formula, as main or compared function. */
const showsCustom = (s: Readonly<ExplorerState>) => s.fn === CUSTOM_ID || s.cmp.includes(CUSTOM_ID);

/** The value fields of a state: the custom formula's only while it is shown. */
const valueFields = (s: Readonly<ExplorerState>) =>
  showsCustom(s) ? VALUE_FIELDS : VALUE_FIELDS.filter((k) => FIELDS[k].inValue === true);

/** Every parameter key of every activation: each is a URL key and an attribute. */
export { PARAM_KEYS };

/** The names a text host (`url`, `attr`) reads: every field's, every parameter key. */
export function textNames(host: 'url' | 'attr'): string[] {
  return [
    ...FIELD_NAMES.filter((k) => 'parse' in FIELDS[k]).map((k) => FIELDS[k].names[host]),
    ...PARAM_KEYS,
  ];
}

/** The value of a state (a new object; call it on change, never in a selector). */
export function valueOf(s: Readonly<ExplorerState>): ExplorerValue {
  const out = {} as Record<string, unknown>;
  for (const k of valueFields(s)) {
    const v = FIELDS[k].get(s);
    out[k] = Array.isArray(v) ? [...v] : typeof v === 'object' ? copyObject(v) : v;
  }
  return out as ExplorerValue;
}

/** A copy of a value object, its range pairs copied too (the caller may change it). */
function copyObject(v: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? [...(x as unknown[])] : x]),
  );
}

/** Whether two states differ in any field of their value. */
export function valueChanged(a: Readonly<ExplorerState>, b: Readonly<ExplorerState>): boolean {
  return VALUE_FIELDS.some((k) => !sameValue(FIELDS[k].get(a), FIELDS[k].get(b)));
}
