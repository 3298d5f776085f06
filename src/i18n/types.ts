/** Languages the app ships. `en` is the fallback. */
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** One message in both languages. `{name}` placeholders are filled by `format`. */
export type Message = Readonly<Record<Lang, string>>;
export type Section = Readonly<Record<string, Message>>;
