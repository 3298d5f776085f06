import { describe, expect, it } from 'vitest';
import { decode } from './codec';
import { portableQuery } from './links';
import { defaultSettings } from './schema';

const settings = () => {
  const s = defaultSettings();
  s.dying.lr = 0.1;
  s.depth.layers = 12;
  return s;
};

describe('portableQuery', () => {
  it('keeps only a single demo’s own settings, and always the language', () => {
    const q = portableQuery({ view: 'dying', settings: settings(), lang: 'en', theme: 'system' });
    expect(q).toBe('view=dying&dying.lr=0.1&lang=en');
  });

  it('keeps every demo’s settings on view=why, the language before the theme', () => {
    const q = portableQuery({ view: 'why', settings: settings(), lang: 'zh-CN', theme: 'dark' });
    expect(q).toBe('view=why&depth.layers=12&dying.lr=0.1&lang=zh-CN&theme=dark');
  });

  it('decodes back to the same view, settings, language and theme, with no notices', () => {
    const s = settings();
    const d = decode(
      new URLSearchParams(
        portableQuery({ view: 'depth', settings: s, lang: 'en', theme: 'light' }),
      ),
    );
    expect(d.ignored).toEqual([]);
    expect(d).toMatchObject({ view: 'depth', lang: 'en', theme: 'light' });
    expect(d.settings.depth).toEqual(s.depth);
    expect(d.settings.dying).toEqual(defaultSettings().dying);
  });
});
