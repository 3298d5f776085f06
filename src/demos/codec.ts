/**
 * The demos' URL as a pure codec, driven by the tables in `schema.ts`. `encode` writes the view
 * first, then only what differs from the defaults; `decode` validates every value against its
 * field (clamping and rounding onto the slider's grid) and reports each parameter it ignored or
 * adjusted, so a bad link still opens with a visible notice, never a blank page.
 *
 * | key             | value                                  |
 * |-----------------|----------------------------------------|
 * | `view`          | `why` (all demos) or a demo id         |
 * | `<demo>.<field>`| see `SCHEMA`, e.g. `dying.lr=0.1`      |
 * | `lang`, `theme` | as on the explorer                     |
 */
import { getActivation } from '../math';
import type { MessageVars } from '../i18n/catalogue';
import type { NoticeKey } from '../i18n/sections/url.en';
import type { Lang } from '../i18n/types';
import { isLang, isTheme, type Theme } from '../state/explorerStore';
import { formatExact, parseNumber } from '../format/number';
import type { DemoKey } from '../i18n/sections/demos';
import { DEMO_IDS, VIEWS, isView, type DemoId, type View } from './views';
import {
  defaultSettings,
  fieldsOf,
  nearestOnLadder,
  sameValue,
  snapToGrid,
  type DemoSettings,
  type FieldSpec,
} from './schema';

/** A URL parameter that was ignored or adjusted, to show as text. */
export interface DemoNotice {
  param: string;
  /** The raw value, shortened. */
  value: string;
  /** A catalogue message (explorer's URL notices or the demos' own), filled with the fields. */
  message: NoticeKey | DemoKey;
  vars?: MessageVars;
}

/** Everything a demos URL holds. */
export interface DemoUrlState {
  view: View;
  settings: DemoSettings;
  lang: Lang;
  theme: Theme;
}

export interface DemoDecodeResult {
  view: View;
  settings: DemoSettings;
  /** Only when the URL set them validly. */
  lang?: Lang;
  theme?: Theme;
  ignored: DemoNotice[];
}

const MAX_SHOWN = 40;
const shown = (raw: string) => (raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw);

/** The URL key of a field, e.g. `depth.layers`. */
const urlKey = (demo: DemoId, field: string) => `${demo}.${field}`;

const OWN_KEYS = new Set([
  'view',
  'lang',
  'theme',
  ...DEMO_IDS.flatMap((d) => fieldsOf(d).map(([k]) => urlKey(d, k))),
]);

/** Whether `key` belongs to the demos' URL vocabulary (others are left in place by the sync). */
export function isDemoUrlKey(key: string): boolean {
  return OWN_KEYS.has(key);
}

function encodeValue(spec: FieldSpec, value: unknown): string {
  if (spec.kind === 'list') return (value as readonly string[]).join(',');
  if (spec.kind === 'bool') return value ? '1' : '0';
  if (spec.kind === 'enum') return value as string;
  return formatExact(value as number);
}

/**
 * The query for `state`: `view` first, then every non-default setting in table order, then
 * `lang` when it is not the browser's (`defaultLang`) and `theme` when it is not `system`.
 */
export function encode(state: DemoUrlState, defaultLang: Lang = 'en'): URLSearchParams {
  const q = new URLSearchParams();
  q.set('view', state.view);
  for (const demo of DEMO_IDS) {
    const values = state.settings[demo] as Record<string, unknown>;
    for (const [key, spec] of fieldsOf(demo)) {
      const v = values[key];
      if (!sameValue(v, spec.default)) q.set(urlKey(demo, key), encodeValue(spec, v));
    }
  }
  if (state.lang !== defaultLang) q.set('lang', state.lang);
  if (state.theme !== 'system') q.set('theme', state.theme);
  return q;
}

type Note = (param: string, raw: string, message: NoticeKey | DemoKey, vars?: MessageVars) => void;

/** One field's value from its raw text, or undefined (with a notice) when unusable. */
function decodeValue(
  spec: FieldSpec,
  param: string,
  raw: string,
  note: Note,
): number | string | boolean | string[] | undefined {
  switch (spec.kind) {
    case 'bool':
      if (raw === '0' || raw === '1') return raw === '1';
      note(param, raw, 'urlBadValue', { expected: '0, 1' });
      return undefined;
    case 'enum':
      if (spec.values.includes(raw)) return raw;
      note(param, raw, 'urlBadValue', { expected: spec.values.join(', ') });
      return undefined;
    case 'list':
      return decodeList(spec, param, raw, note);
    case 'number':
    case 'ladder': {
      const n = parseNumber(raw);
      if (n === null) {
        note(param, raw, 'urlNotNumber');
        return undefined;
      }
      const lo = spec.kind === 'number' ? spec.min : spec.values[0]!;
      const hi = spec.kind === 'number' ? spec.max : spec.values[spec.values.length - 1]!;
      const v = spec.kind === 'number' ? snapToGrid(n, spec) : nearestOnLadder(n, spec.values);
      if (n < lo || n > hi) note(param, raw, 'urlClamped', { clamped: formatExact(v) });
      else if (v !== n) note(param, raw, 'demoUrlRounded', { rounded: formatExact(v) });
      return v;
    }
  }
}

function decodeList(
  spec: Extract<FieldSpec, { kind: 'list' }>,
  param: string,
  raw: string,
  note: Note,
): string[] | undefined {
  const ids: string[] = [];
  for (const id of raw.split(',').map((s) => s.trim())) {
    if (id === '') continue;
    if (id === spec.exclude) note(param, id, 'demoUrlReference');
    else if (!getActivation(id)) note(param, id, 'urlCmpUnknown');
    else if (ids.includes(id)) note(param, id, 'urlCmpDuplicate');
    else if (ids.length >= spec.max) note(param, id, 'urlCmpTooMany', { max: spec.max });
    else ids.push(id);
  }
  if (ids.length < spec.min) {
    note(param, raw, 'demoUrlTooFew', { min: spec.min });
    return undefined;
  }
  return ids;
}

/** Reads and validates a demos query string. Never throws. */
export function decode(query: URLSearchParams): DemoDecodeResult {
  const ignored: DemoNotice[] = [];
  const note: Note = (param, raw, message, vars) =>
    ignored.push({ param: shown(param), value: shown(raw), message, ...(vars && { vars }) });
  const first = (key: string): string | null => {
    const all = query.getAll(key);
    for (const extra of all.slice(1)) note(key, extra, 'urlRepeated');
    return all[0] ?? null;
  };

  const rawView = first('view');
  let view: View = 'why';
  if (isView(rawView)) view = rawView;
  else if (rawView !== null) note('view', rawView, 'urlBadValue', { expected: VIEWS.join(', ') });

  const settings = defaultSettings();
  for (const demo of DEMO_IDS) {
    const values = settings[demo] as Record<string, unknown>;
    for (const [key, spec] of fieldsOf(demo)) {
      const param = urlKey(demo, key);
      const raw = first(param);
      if (raw === null) continue;
      const v = decodeValue(spec, param, raw, note);
      if (v !== undefined) values[key] = v;
    }
  }

  const out: DemoDecodeResult = { view, settings, ignored };
  const lang = first('lang');
  if (isLang(lang)) out.lang = lang;
  else if (lang !== null) note('lang', lang, 'urlBadValue', { expected: 'en, zh-CN' });
  const theme = first('theme');
  if (isTheme(theme)) out.theme = theme;
  else if (theme !== null) note('theme', theme, 'urlBadValue', { expected: 'light, dark' });

  for (const key of new Set(query.keys())) {
    if (!OWN_KEYS.has(key)) note(key, query.get(key) ?? '', 'urlUnknownParam');
  }
  return out;
}
