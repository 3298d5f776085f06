import type { Lang } from './types';

/**
 * The languages other than English of the sections every host ships in its first load
 * (controls, validation, the export menu, the title bar…): each is a module of its own, loaded
 * only when an explorer shows that language, so an English page or element does not ship them.
 * A host awaits `loadLanguage` before it renders in a language (and the store before it switches
 * to one), so a view never shows the wrong language first. Hosts that ship every language at
 * once register them (`allLanguages.ts`).
 */
const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<LanguageStrings>>> = {
  'zh-CN': () => import('./zh').then((m) => m.zh),
};

/** The strings of one language, by message key (keys are unique across sections). */
export type LanguageStrings = Readonly<Record<string, string>>;

const loaded: Partial<Record<Lang, LanguageStrings>> = { en: {} };
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** True once `lang`'s strings are here: rendering in it shows no English. */
export function languageReady(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/**
 * Loads `lang`'s strings (once). Never rejects: if its chunk cannot load (offline), the language
 * is shown with its messages in English, rather than a view that waits for ever.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (languageReady(lang) || lang === 'en') return Promise.resolve();
  return (loading[lang] ??= LOADERS[lang]().then(
    (strings) => registerLanguage(lang, strings),
    (error: unknown) => {
      console.warn(`Activation Explorer: the ${lang} strings did not load`, error);
      registerLanguage(lang, {});
    },
  ));
}

/** Runs `then` now if `lang`'s strings are here, else once they have loaded. */
export function whenLanguage(lang: Lang, then: () => void): void {
  if (languageReady(lang)) then();
  else void loadLanguage(lang).then(then);
}

/** Makes `lang`'s strings available (the loader, or a host that ships them in its bundle). */
export function registerLanguage(lang: Lang, strings: LanguageStrings): void {
  loaded[lang] = strings;
}

/** A loaded translation of `key`, if any. */
export function translated(lang: Lang, key: string): string | undefined {
  return loaded[lang]?.[key];
}
