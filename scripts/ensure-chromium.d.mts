/** Types for ensure-chromium.mjs, which is plain JS so `node` can run it before any build step. */
export declare const CANDIDATES: readonly string[];

export type ChromiumLookup =
  { path: string; source: 'CHROME_PATH' | 'usual location' } | { path: null; reason: string };

export declare function findChromium(
  env?: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
): ChromiumLookup;
