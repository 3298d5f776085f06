import type { Lang, Message } from './types';
import { common } from './sections/common';
import { validation } from './sections/validation';
import { controls } from './sections/controls';
import { explain } from './sections/explain';
import { plot } from './sections/plot';
import { url } from './sections/url';
import { demos } from './sections/demos';
import { embed } from './sections/embed';

/**
 * The one message catalogue. Sections live in `sections/` so each part of the UI owns its
 * strings; every key must be unique across sections (a test checks it).
 */
export const sections = { common, validation, controls, explain, plot, url, demos, embed } as const;

export const messages = {
  ...common,
  ...validation,
  ...controls,
  ...explain,
  ...plot,
  ...url,
  ...demos,
  ...embed,
} as const;

export type MessageKey = keyof typeof messages;
export type MessageVars = Readonly<Record<string, string | number>>;

/** Looks up a message and fills its `{name}` placeholders. Values are plain text, never HTML. */
export function format(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const message: Message = messages[key];
  const template = message[lang] ?? message.en;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
