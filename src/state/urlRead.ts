/**
 * The explorer's starting state from the page's address: what the page's first frame needs of
 * the URL (src/page/firstFrame), apart from the writing back (urlSync.ts), which it does not
 * load.
 */
import type { Lang } from '../i18n/types';
import { awaitsMath, loadActivations } from '../math/loaded';
import { defaultState, type ExplorerState } from './defaults';
import { loadFormulaEngine } from './formula';
import { decode, type DecodeResult } from './urlCodec';

/**
 * The first supported language in the user's preference order: any `zh*` → `zh-CN`, any `en*`
 * → `en`; `en` when none matches.
 */
export function detectLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const t = tag.toLowerCase();
    if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
    if (t === 'en' || t.startsWith('en-')) return 'en';
  }
  return 'en';
}

export interface InitialFromUrl extends DecodeResult {
  /** What an empty query means on this page (the browser's language, ReLU, …). */
  defaults: ExplorerState;
  /** `defaults` with the URL's valid values on top: the store's starting state. */
  initial: ExplorerState;
}

/**
 * The starting state of the standalone page from its query string and the browser language.
 * `deferred` when the URL shows a custom formula and its engine is not loaded: use
 * {@link initialFromUrlAsync} (or load the engine and call this again).
 */
export function initialFromUrl(search: string, languages: readonly string[]): InitialFromUrl {
  const defaults = defaultState(detectLang(languages));
  const decoded = decode(new URLSearchParams(search));
  return { ...decoded, defaults, initial: { ...defaults, ...decoded.state } };
}

/**
 * {@link initialFromUrl}, after loading the activations' math and the formula engine when the
 * URL needs them. Otherwise it resolves at once with what `initialFromUrl` gives (a rejected
 * engine load gives that too: the formula's notice says it was not applied; after a rejected
 * load of the math, the functions it names are unknown).
 */
export function initialFromUrlAsync(
  search: string,
  languages: readonly string[],
): Promise<InitialFromUrl> {
  const first = initialFromUrl(search, languages);
  if (!first.deferred) return Promise.resolve(first);
  const query = new URLSearchParams(search);
  const named = [query.get('fn'), ...(query.get('cmp') ?? '').split(',')].map((id) => id?.trim());
  if (named.some(awaitsMath))
    return loadActivations().then(
      // Read again once; what is still missing then is not waited for twice.
      () => (named.some(awaitsMath) ? first : initialFromUrlAsync(search, languages)),
      () => first,
    );
  return loadFormulaEngine().then(
    () => initialFromUrl(search, languages),
    () => ({
      ...first,
      ignored: [...first.ignored, { param: 'expr', value: '', message: 'urlFormulaUnavailable' }],
    }),
  );
}
