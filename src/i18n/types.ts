/** Languages the app ships. `en` is the fallback. */
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/**
 * One message: English always, the other languages either here or, for the sections every host
 * ships in its first load, in a module loaded with the language (src/i18n/languages.ts).
 * `{name}` placeholders are filled by `format`.
 */
export type Message = Readonly<{ en: string } & Partial<Record<Lang, string>>>;
export type Section = Readonly<Record<string, Message>>;
/** A section whose other languages load with the language: `{ key: { en } }` here. */
export type EnSection = Readonly<Record<string, Readonly<{ en: string }>>>;
