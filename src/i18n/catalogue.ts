import type { Lang, Message, Section } from './types';
import { translated } from './languages';
import { common } from './sections/common';
import { validation } from './sections/validation';
import { controls } from './sections/controls';
import { plot } from './sections/plot';
import { embed } from './sections/embed';

/**
 * The shared message catalogue: what the figure and every host need (its controls, plot,
 * validation and URL notices, the export menu and the link to the full page). Every key must be
 * unique across sections (a test checks it).
 *
 * The optional parts keep their strings in sections of their own, not merged here, so that a
 * host ships only the text of what it shows: `page` (the full page's title bar), `embedDialog`,
 * `explain` (the lazily loaded explanations), `demos` and `lesson`. Their code passes its
 * section to `useT(section)` / `translator(lang, section)`, never importing it here.
 */
export const sections = { common, validation, controls, plot, embed } as const;

export const messages = {
  ...common,
  ...validation,
  ...controls,
  ...plot,
  ...embed,
} as const;

export type MessageKey = keyof typeof messages;
export type MessageVars = Readonly<Record<string, string | number>>;

/** Fills the `{name}` placeholders of a template. Values are plain text, never HTML. */
export function fill(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Looks up a message of a section that is not merged into `messages` (lazily loaded UI). */
export function formatSection<S extends Section>(
  section: S,
  lang: Lang,
  key: keyof S,
  vars?: MessageVars,
): string {
  const message: Message = section[key as string]!;
  return fill(message[lang] ?? translated(lang, key as string) ?? message.en, vars);
}

/** Looks up a message and fills its `{name}` placeholders. Values are plain text, never HTML. */
export function format(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  return formatSection(messages, lang, key, vars);
}

/** `key` typed as a key of `section` if the section has it, else null. */
export function sectionKey<S extends Section>(section: S, key: string): (keyof S & string) | null {
  return Object.hasOwn(section, key) ? key : null;
}

/**
 * Translates a key of the shared catalogue or, for lazily loaded UI, of its own section `S`.
 * Without `S` only shared keys type-check; a `Translate<S>` can stand wherever a `Translate` is
 * expected.
 */
export type Translate<S extends Section = Record<never, Message>> = (
  key: MessageKey | (keyof S & string),
  vars?: MessageVars,
) => string;

/**
 * The translate function for `lang`: `section`'s own keys first, then the shared catalogue.
 * The section is passed in (never imported here) so it stays in the chunk of the UI that uses it.
 */
export function translator(lang: Lang): Translate;
export function translator<S extends Section>(lang: Lang, section: S): Translate<S>;
export function translator(lang: Lang, section?: Section): Translate<Section> {
  return (key, vars) =>
    section && sectionKey(section, key) !== null
      ? formatSection(section, lang, key, vars)
      : format(lang, key as MessageKey, vars);
}
