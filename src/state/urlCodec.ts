/**
 * The explorer's URL vocabulary as a pure codec, derived from the schema (schema.ts): `encode`
 * writes only what differs from the defaults (short, readable links), `decode` reads every
 * field's text and validates it with `applyPatch`, the same validation every host uses, and
 * reports each value it ignored or adjusted as a `Notice`. No DOM, no history: `urlSync.ts` does
 * the writing. README's "URL parameters" table lists the keys.
 */
import { defaultState, type ExplorerState } from './defaults';
import { applyPatch, shown, type Notice } from './patch';
import { CUSTOM_ID, ownKeys } from './formula';
import { PARAM_KEYS, textNames } from './schema';
import { readText, writeText } from './textPatch';

export type { Notice };

export interface DecodeResult {
  /** Only the fields the URL set validly; merge it over the defaults. */
  state: Partial<ExplorerState>;
  ignored: Notice[];
  /**
   * The URL asks for a custom formula and its engine is not loaded, or for an activation whose
   * math is not loaded: load them (`initialFromUrlAsync`), decode again.
   */
  deferred?: boolean;
}

const URL_KEYS = new Set(textNames('url'));

/** Whether `key` is one of the explorer's URL parameters (others are left alone by urlSync). */
export function isUrlKey(key: string): boolean {
  return URL_KEYS.has(key);
}

/**
 * Writes the non-default parts of `state`. `defaults` is the state an empty query decodes to on
 * this page (its `lang` is the browser's), so the same view gives the same link.
 */
export function encode(
  state: ExplorerState,
  defaults: ExplorerState = defaultState(),
): URLSearchParams {
  const q = new URLSearchParams();
  const base = { ...defaults, fn: defaultState().fn };
  for (const [key, text] of writeText(state, base, 'url')) q.set(key, text);
  return q;
}

/** Reads and validates the explorer's parameters from a query string. Never throws. */
export function decode(query: URLSearchParams): DecodeResult {
  const repeated: Notice[] = [];
  const read = (key: string): string | null => {
    const all = query.getAll(key);
    for (const extra of all.slice(1))
      repeated.push({ param: key, value: shown(extra), message: 'urlRepeated' });
    return all[0] ?? null;
  };
  // A custom formula's parameters are keys of their own, named by the formula.
  const custom = query.get('fn')?.trim() === CUSTOM_ID;
  const customKeys = custom ? customKeysOf(query.keys(), query.get('expr')) : [];
  const { patch, raw, notices } = readText(read, 'url', undefined, customKeys);
  const {
    set,
    notices: applied,
    deferred,
  } = applyPatch(defaultState(), patch, {
    host: 'url',
    raw,
  });
  const unknown: Notice[] = [];
  for (const key of new Set(query.keys())) {
    if (URL_KEYS.has(key) || customKeys.includes(key)) continue;
    unknown.push({
      param: shown(key),
      value: shown(query.get(key) ?? ''),
      message: 'urlUnknownParam',
    });
  }
  return {
    state: set,
    ignored: [...inFieldOrder([...notices, ...applied, ...repeated]), ...unknown],
    ...(deferred && { deferred }),
  };
}

/**
 * The keys among `keys` that name a parameter of formula `expr` or an end of its slider range
 * (others stay someone else's); none before the formula engine loads.
 */
export function customKeysOf(keys: Iterable<string>, expr: string | null): string[] {
  return ownKeys(keys, expr).filter((k) => !URL_KEYS.has(k));
}

const ORDER = textNames('url');
/** Notices in the order of the fields they are about (a pair `xmin,xmax` goes by its first). */
function inFieldOrder(notices: Notice[]): Notice[] {
  const rank = (n: Notice) => {
    const i = ORDER.indexOf(n.param.split(',')[0]!);
    // Parameters are listed after `fn`, whatever their place in ORDER.
    return PARAM_KEYS.includes(n.param) ? 0.5 : i < 0 ? ORDER.length : i;
  };
  return notices
    .map((n, i) => [n, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([n]) => n);
}
