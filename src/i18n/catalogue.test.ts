import { describe, expect, it } from 'vitest';
import { format, formatSection, messages, sectionKey, translator } from './catalogue';
import { demos } from './sections/demos';
import { explain } from './sections/explain';
import { LANGS, type Lang } from './types';
import { allSections } from './allSections.testing';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every message in every language, with the same placeholders', () => {
    for (const [key, message] of Object.entries(
      Object.assign({}, ...Object.values(allSections)) as Record<
        string,
        Readonly<Record<Lang, string>>
      >,
    )) {
      for (const lang of LANGS) {
        expect(message[lang], `${key} in ${lang}`).toMatch(/\S/);
        expect(placeholders(message[lang]), `${key} placeholders in ${lang}`).toEqual(
          placeholders(message.en),
        );
      }
    }
  });

  it('has no key defined in two sections', () => {
    const seen = new Map<string, string>();
    for (const [name, section] of Object.entries(allSections)) {
      for (const key of Object.keys(section)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('fills placeholders as text', () => {
    expect(format('en', 'errNotNumber', { value: '<b>x</b>' })).toBe('“<b>x</b>” is not a number.');
    expect(format('zh-CN', 'errRangeTooWide', { limit: '1e6' })).toContain('±1e6');
    expect(formatSection(explain, 'en', 'explainHeading', { name: '<i>' })).toBe('About <i>');
  });

  it('leaves unknown placeholders visible rather than guessing', () => {
    expect(format('en', 'errNotNumber', {})).toBe('“{value}” is not a number.');
  });

  it('translates a section’s keys and the shared ones with one function', () => {
    const t = translator('zh-CN', explain);
    expect(t('formulaHeading')).toBe('公式');
    expect(t('errNotNumber', { value: 'x' })).toBe(format('zh-CN', 'errNotNumber', { value: 'x' }));
    const shared = translator('en');
    expect(shared('appTitle')).toBe(messages.appTitle.en);
    // Type-checked only: without its section, a section's key does not compile.
    // @ts-expect-error: 'formulaHeading' is not a shared key.
    const typeOnly = () => shared('formulaHeading');
    expect(typeof typeOnly).toBe('function');
  });

  it('types a section key only if the section has it', () => {
    expect(sectionKey(demos, 'demoPageTitle')).toBe('demoPageTitle');
    expect(sectionKey(demos, 'appTitle')).toBeNull();
    expect(sectionKey(demos, 'toString')).toBeNull();
  });
});
