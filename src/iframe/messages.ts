import { consoleWarning } from '../parts/consoleWarning';
import type { ExplorerStoreApi } from '../state/explorerStore';
import type { Notice } from '../state/patch';
import type { ExplorerValue } from '../state/schema';
import { readText } from '../state/textPatch';
import { isUrlKey } from '../state/urlCodec';
import { watchValue } from '../state/watchValue';

/** Posted to the parent when the reader's change settles (beside `activation-explorer:resize`). */
export interface ChangeMessage {
  type: 'activation-explorer:change';
  value: ExplorerValue;
  /** The embed URL's `id` parameter, when given: which of the page's frames changed. */
  id?: string;
}

/**
 * Accepted from the parent: URL parameters as an object, e.g. `{ alpha: 0.2, cmp: 'relu,elu' }`
 * (strings, numbers, booleans, or lists of strings for comma lists), read and validated exactly
 * as the same parameters in the embed URL.
 */
export interface SetMessage {
  type: 'activation-explorer:set';
  patch: Record<string, string | number | boolean | readonly string[]>;
}

/** Longer than any valid parameter; a longer value is refused unread. */
const MAX_TEXT = 200;

/** A parameter value from a message as URL text, or null when it has no such form. */
function asText(v: unknown): string | null {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.length <= 8 && v.every((x) => typeof x === 'string'))
    return v.join(',');
  return typeof v === 'string' ? v : null;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/**
 * Reads a `set` message into a reader of URL text (`null`: absent) plus the keys it refused;
 * null when `data` is not a set message at all (any other shape is ignored, never an error).
 * Only own keys are read, so `__proto__` or inherited names are never parameters.
 */
export function readSetMessage(
  data: unknown,
): { read: (name: string) => string | null; refused: string[] } | null {
  if (!isPlainObject(data) || data.type !== 'activation-explorer:set') return null;
  const patch = data.patch;
  if (!isPlainObject(patch)) return null;
  const text = new Map<string, string>();
  const refused: string[] = [];
  for (const key of Object.keys(patch)) {
    const t = asText(patch[key]);
    if (isUrlKey(key) && t !== null && t.length <= MAX_TEXT) text.set(key, t);
    else refused.push(key.slice(0, 40));
  }
  return { read: (name) => text.get(name) ?? null, refused };
}

/**
 * The embed view's conversation with its parent: posts each settled change of the reader's
 * (`activation-explorer:change`, with the embed URL's `id`), and applies `set` messages from
 * the parent window only, validated like the URL (a console warning for each refused value;
 * the last valid state stays). Changes made by the parent are not posted back. Does nothing
 * outside an iframe. Returns a function that stops it.
 */
export function startMessages(store: ExplorerStoreApi, id?: string, win: Window = window) {
  if (win.parent === win) return () => {};
  let applying = false;
  const stopWatching = watchValue(
    store,
    {
      change: (value) => {
        const message: ChangeMessage = {
          type: 'activation-explorer:change',
          value,
          ...(id && { id }),
        };
        // '*': the state is what the reader sees; the embed cannot know the parent's origin.
        win.parent.postMessage(message, '*');
      },
    },
    () => applying,
  );
  const onMessage = (e: MessageEvent) => {
    if (e.source !== win.parent) return;
    const set = readSetMessage(e.data);
    if (!set) return;
    const { patch, raw, notices } = readText(set.read, 'url');
    applying = true;
    try {
      notices.push(...store.getState().apply(patch, { host: 'url', raw }));
    } finally {
      applying = false;
    }
    warn(set.refused, notices);
  };
  win.addEventListener('message', onMessage);
  return () => {
    stopWatching();
    win.removeEventListener('message', onMessage);
  };
}

const HOST = 'Activation Explorer embed, set message:';

function warn(refused: readonly string[], notices: readonly Notice[]) {
  for (const key of refused) console.warn(`${HOST} "${key}" ignored: unknown, or not text.`);
  for (const n of notices) console.warn(consoleWarning(HOST, n));
}
