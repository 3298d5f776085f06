import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_COLOURS, THEME_FONTS, exportTheme } from './theme';

const css = readFileSync(new URL('../styles/theme.css', import.meta.url), 'utf8');

/** The custom properties set by the first rule whose selector is exactly `selector`. */
function properties(selector: string): Map<string, string> {
  const start = css.indexOf(`\n${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const out = new Map<string, string>();
  for (const m of body.matchAll(/--ae-([\w-]+):\s*([^;]+);/g)) {
    const value = m[2]!.replace(/\s+/g, ' ').trim();
    // `var(--ae-background, #ffffff)`: a page may override it; the export draws the fallback.
    out.set(m[1]!, /^var\( ?--ae-[\w-]+, ?(.*?) ?\)$/.exec(value)?.[1] ?? value);
  }
  return out;
}

/** `rgb(213 94 0 / 0.13)` → `rgba(213, 94, 0, 0.13)`; other values as they are. */
function legacy(v: string): string {
  const m = /^rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)$/.exec(v);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${m[4]})` : v;
}

describe('export theme', () => {
  it.each([
    ['light', '.ae-root'],
    ['dark', ".ae-root[data-theme='dark']"],
  ] as const)('writes the %s theme’s colours as theme.css sets them', (theme, selector) => {
    const props = properties(selector);
    const c = THEME_COLOURS[theme];
    for (const key of ['bg', 'fg', 'muted', 'border', 'grid', 'axis', 'zone'] as const)
      expect(c[key], key).toBe(legacy(props.get(key)!));
    c.curves.forEach((colour, i) => expect(colour).toBe(props.get(`curve-${i + 1}`)));
  });

  it('uses the page’s font for each language', () => {
    expect(THEME_FONTS.en).toBe(properties('.ae-root').get('font'));
    expect(THEME_FONTS['zh-CN']).toBe(properties('.ae-root:lang(zh)').get('font'));
    expect(exportTheme('dark', 'zh-CN')).toMatchObject({
      bg: '#121417',
      font: THEME_FONTS['zh-CN'],
    });
  });
});
