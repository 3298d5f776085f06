import { activationIn, type ExplorerState } from './defaults';
import { formatExact } from '../format/number';
import { shown, type Notice } from './patch';
import { loadedFormula } from './formula';
import {
  FIELDS,
  formatText,
  PARAM_KEYS,
  parseParam,
  sameValue,
  type ExplorerPatch,
  type FieldName,
} from './schema';

export interface TextPatch {
  /** The values that parsed, typed: validate them with `applyPatch` / the store's `apply`. */
  patch: ExplorerPatch;
  /** The text each parsed value came from, by name, for the notices. */
  raw: Record<string, string>;
  /** Values that did not parse. */
  notices: Notice[];
}

/**
 * Reads the schema's fields from a text host — the URL's query or an element's attributes —
 * through `read(name)` (`null` when absent), spelled as `host` spells them. Only `fields` are read
 * (all by default); with `params`, every parameter key of every activation is read, and the
 * ones the function lacks are left to `applyPatch` to report.
 *
 * `customKeys` are the keys present beyond the fixed vocabulary that may belong to a custom
 * formula: `b` is read as its parameter `b`, `b.min` / `b.max` as an end of its slider range
 * (the other end NaN: kept as it is). Pass them only when the formula is shown; `applyPatch`
 * reports a name the formula does not have.
 */
export function readText(
  read: (name: string) => string | null,
  host: 'url' | 'attr',
  fields: readonly FieldName[] = Object.keys(FIELDS) as FieldName[],
  customKeys: readonly string[] = [],
): TextPatch {
  const patch: Record<string, unknown> = {};
  const raw: Record<string, string> = {};
  const notices: Notice[] = [];
  for (const k of fields) {
    if (k === 'params') {
      const params: Record<string, number> = {};
      const custom = customKeys.filter((k) => !k.includes('.'));
      for (const key of [...PARAM_KEYS, ...custom]) {
        const text = read(key);
        if (text === null) continue;
        const p = parseParam(text);
        if (p.ok) {
          params[key] = p.value;
          raw[key] = text;
        } else notices.push({ param: key, value: shown(text), message: p.message });
      }
      if (Object.keys(params).length > 0) patch.params = params;
      continue;
    }
    if (k === 'paramRanges') {
      // Only while a custom formula is shown, so with its code loaded (formulaCustom.ts).
      const ranges = loadedFormula()?.readRanges(customKeys, read, raw, notices);
      if (ranges) patch.paramRanges = ranges;
      continue;
    }
    const spec = FIELDS[k];
    const name = spec.names[host];
    const text = read(name);
    if (text === null || !('parse' in spec)) continue;
    const p = (spec.parse as (t: string) => ReturnType<typeof parseParam>)(text);
    if (p.ok) {
      patch[k] = p.value;
      raw[name] = text;
    } else
      notices.push({
        param: name,
        value: shown(text),
        message: p.message,
        ...(p.vars && { vars: p.vars }),
      });
  }
  return { patch: patch as ExplorerPatch, raw, notices };
}

/**
 * The text fields of `state` that differ from `base`, in the schema's order, named for a text
 * host: the URL's query and the element's attributes are both written with it. The main
 * function's parameters are written when they differ from their defaults.
 */
export function writeText(
  state: ExplorerState,
  base: ExplorerState,
  host: 'url' | 'attr',
): [key: string, text: string][] {
  const out: [string, string][] = [];
  for (const [k, spec] of Object.entries(FIELDS)) {
    if (k === 'params') {
      for (const p of activationIn(state, state.fn)?.params ?? []) {
        const v = state.params[p.key];
        if (v !== undefined && v !== p.default) out.push([p.key, formatExact(v)]);
      }
      continue;
    }
    if (k === 'expr' || k === 'paramRanges') {
      // Written only where the formula is drawn, so with its code loaded (formulaCustom.ts).
      out.push(...(loadedFormula()?.writeCustom(k, state, spec.names[host]) ?? []));
      continue;
    }
    if (!('parse' in spec)) continue;
    const v: unknown = spec.get(state);
    // The difference is meaningless without a compared function; never write it alone.
    if (k === 'diff' && state.cmp.length === 0) continue;
    if (!sameValue(v, spec.get(base))) out.push([spec.names[host], formatText(v)]);
  }
  return out;
}
