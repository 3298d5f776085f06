/**
 * Mirrors state into the address bar, for the explorer's page and the demos alike: the caller
 * says which keys it owns and how to write them; this module keeps everyone else's keys, writes
 * with `history.replaceState` (no history entries), debounces, and flushes when the page hides.
 */

/** Anything to watch for changes: a zustand store, or anything with the same `subscribe`. */
export interface Subscribable {
  subscribe(listener: () => void): () => void;
}

export type UrlWindow = Pick<
  Window,
  'location' | 'history' | 'addEventListener' | 'removeEventListener'
>;

/** Which query keys a page owns and how it writes them. */
export interface QueryOwner {
  /** Our keys for the current state, in the order they should appear. */
  encode: () => URLSearchParams;
  /** Whether a key of the address is ours (rewritten) or someone else's (kept as it was). */
  owns: (key: string) => boolean;
  /**
   * Where other people's keys go: before ours (the explorer, whose link may sit among a host
   * page's own parameters) or after them (the demos, whose `view` leads). Default: before.
   */
  othersFirst?: boolean;
}

/** A query string as people read it: commas in lists left unescaped. */
export function queryString(q: URLSearchParams): string {
  return q.toString().replace(/%2C/gi, ',');
}

/** `current` with the owner's keys replaced by `ours`, everyone else's kept in their order. */
export function mergeSearch(
  current: string,
  ours: URLSearchParams,
  owns: (key: string) => boolean,
  othersFirst = true,
): string {
  const others = [...new URLSearchParams(current)].filter(([k]) => !owns(k));
  const q = new URLSearchParams(othersFirst ? others : []);
  for (const [k, v] of ours) q.append(k, v);
  if (!othersFirst) for (const [k, v] of others) q.append(k, v);
  const s = queryString(q);
  return s ? `?${s}` : '';
}

export interface MirrorUrlOptions extends QueryOwner {
  /** What to watch: a change in any of them schedules a write. */
  sources: readonly Subscribable[];
  /** Delay before writing, so a dragged slider writes once it pauses (Safari throttles). */
  delayMs?: number;
  win?: UrlWindow;
}

/**
 * Writes the owner's keys into the address: once at start (so what was ignored or clamped no
 * longer shows), then debounced on every change and flushed when the page is hidden. Returns a
 * function that stops it (flushing a pending write).
 */
export function mirrorUrl({
  encode,
  owns,
  othersFirst,
  sources,
  delayMs = 120,
  win = window,
}: MirrorUrlOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { location, history } = win;
    const search = mergeSearch(location.search, encode(), owns, othersFirst);
    if (search === location.search) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Browsers may refuse when called too often; the next change writes again.
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
  const stops = sources.map((s) => s.subscribe(schedule));
  win.addEventListener('pagehide', flush);
  write();
  return () => {
    for (const stop of stops) stop();
    flush();
    win.removeEventListener('pagehide', flush);
  };
}
