import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  createLayout,
  MAX_SAMPLES,
  mainHeight,
  sampleCount,
  SMALL_TEXT_PX,
  textWidth,
} from './layout';

describe('sampleCount', () => {
  it('is about 1 per pixel, bounded', () => {
    expect(sampleCount(600)).toBe(600);
    expect(sampleCount(10)).toBe(64);
    expect(sampleCount(5000)).toBe(MAX_SAMPLES);
    expect(sampleCount(NaN)).toBe(64);
  });
});

describe('createLayout', () => {
  it('stacks panels without overlap and shares the left edge', () => {
    const l = createLayout(320, ['f', 'df', 'diff'], 4);
    expect(l.panels.map((p) => p.kind)).toEqual(['f', 'df', 'diff']);
    for (let i = 1; i < l.panels.length; i++) {
      const prev = l.panels[i - 1]!;
      expect(l.panels[i]!.top).toBeGreaterThan(prev.top + prev.height);
    }
    expect(l.height).toBeGreaterThan(l.panels[2]!.top + l.panels[2]!.height);
    expect(l.left).toBeLessThan(l.right);
  });

  it('keeps heights readable at 320 px and bounded at 1400 px', () => {
    expect(mainHeight(320)).toBeGreaterThanOrEqual(200);
    expect(mainHeight(1400)).toBeLessThanOrEqual(360);
  });
});

describe('textWidth', () => {
  it('counts CJK characters wider than Latin ones', () => {
    expect(textWidth('PyTorch: 0', 11)).toBeCloseTo(10 * 6.16, 5);
    expect(textWidth('左右', 11)).toBe(22);
    expect(textWidth('')).toBe(0);
  });
  it('measures at the small text size the stylesheet sets (--ae-small)', () => {
    const css = readFileSync(new URL('../styles/theme.css', import.meta.url), 'utf8');
    const rem = /--ae-small:\s*([\d.]+)rem;/.exec(css)?.[1];
    expect(Number(rem) * 16).toBe(SMALL_TEXT_PX);
    expect(textWidth('左右')).toBe(2 * SMALL_TEXT_PX);
  });
});
