import { describe, expect, it } from 'vitest';
import { defaultState } from '../state/explorerStore';
import { detectLang, initialFromUrl } from '../state/urlRead';
import {
  prerenderApplies,
  prerenderedState,
  showsPrerenderedView,
  startsDark,
} from './prerendered';

const LANGUAGE_LISTS = [
  [],
  ['en-US'],
  ['en'],
  ['zh-CN'],
  ['zh'],
  ['zh-TW', 'en'],
  ['de-DE', 'en-GB'],
  ['fr', 'zh-Hans-CN'],
  ['EN-us'],
  ['ja'],
];

describe('showsPrerenderedView', () => {
  it('is true for a bare link in an English browser, or explicit default values', () => {
    for (const search of ['', '?', '?fn=relu', '?xmin=-5&xmax=5&d=1', '?lang=en']) {
      const { initial, ignored } = initialFromUrl(search, ['en-US']);
      expect(showsPrerenderedView(initial, ignored), search).toBe(true);
    }
  });

  it('is false for any other state, a Chinese browser, or a URL notice', () => {
    for (const [search, langs] of [
      ['?fn=elu', ['en']],
      ['?xmax=4', ['en']],
      ['?d=0', ['en']],
      ['?theme=dark', ['en']],
      ['?cmp=elu', ['en']],
      ['', ['zh-CN']],
      ['?lang=zh-CN', ['en']],
      ['?fn=nope', ['en']],
      ['?utm_source=x', ['en']],
    ] as const) {
      const { initial, ignored } = initialFromUrl(search, langs);
      expect(showsPrerenderedView(initial, ignored), `${search} ${langs}`).toBe(false);
    }
  });

  it('describes the issue’s default view', () => {
    expect(prerenderedState()).toEqual(defaultState('en'));
  });
});

describe('prerenderApplies', () => {
  it('asks for no query and an English first language, as detectLang decides', () => {
    for (const langs of LANGUAGE_LISTS) {
      expect(prerenderApplies('', langs), langs.join()).toBe(detectLang(langs) === 'en');
      expect(prerenderApplies('?', langs)).toBe(detectLang(langs) === 'en');
      expect(prerenderApplies('?fn=relu', langs)).toBe(false);
    }
  });

  it('runs from its own source alone (the build inlines it into index.html)', () => {
    const inlined = new Function(
      `return (${String(prerenderApplies)})`,
    )() as typeof prerenderApplies;
    for (const langs of LANGUAGE_LISTS)
      for (const search of ['', '?view=why', '?alpha=0.2'])
        expect(inlined(search, langs)).toBe(prerenderApplies(search, langs));
  });

  it('never puts up markup the page would not hydrate', () => {
    for (const langs of LANGUAGE_LISTS) {
      const { initial, ignored } = initialFromUrl('', langs);
      if (prerenderApplies('', langs)) expect(showsPrerenderedView(initial, ignored)).toBe(true);
    }
  });
});

describe('startsDark', () => {
  it('follows the URL’s theme, else the system, and leaves other pages alone', () => {
    const cases: [string, boolean, boolean][] = [
      ['?theme=dark', false, true],
      ['?fn=elu&theme=dark', false, true],
      ['?theme=light', true, false],
      ['?fn=elu', true, true],
      ['?fn=elu', false, false],
      ['?theme=nope', true, true],
      ['?view=why&theme=dark', false, false],
      ['?view=lesson', true, false],
    ];
    const inlined = new Function(`return (${String(startsDark)})`)() as typeof startsDark;
    for (const [search, system, dark] of cases) {
      expect(startsDark(search, system), search).toBe(dark);
      expect(inlined(search, system), search).toBe(dark);
    }
  });
});
