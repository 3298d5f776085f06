// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportKit } from '../../i18n/sections/exportKit';
import { allSections } from '../../i18n/allSections.testing';
import { LANGS } from '../../i18n/types';
import { messages } from '../../i18n/catalogue';
import { buildPlotModel } from '../../plot/model';
import { defaultState } from '../../state/defaults';
import { captionedSvg, wrapCaption } from './figure';
import { frameCaption, frameState, frameValue, sweepAlt, sweepFrame } from './sweep';

const state = { ...defaultState('en'), fn: 'leaky_relu', params: { alpha: 0.1 } };

describe('captionedSvg', () => {
  it('is an image with a title, a description and the caption drawn below the plot', () => {
    const model = buildPlotModel(state, 500);
    const svg = captionedSvg({
      model,
      state,
      theme: 'light',
      caption: 'Cap & <x>',
      alt: 'Alt "text"',
    });
    const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('ae-kit-title ae-kit-desc');
    expect(root.querySelector(':scope > title')?.textContent).toBe('Cap & <x>');
    expect(root.querySelector(':scope > desc')?.textContent).toBe('Alt "text"');
    const caption = [...root.querySelectorAll(':scope > g > text')].map((t) => t.textContent);
    expect(caption).toEqual(['Cap & <x>']);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(
      Number(root.querySelector(':scope > svg')!.getAttribute('height')),
    );
  });

  it('wraps long captions at spaces, and Chinese anywhere', () => {
    const lines = wrapCaption('one two three four five six seven eight nine ten', 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    const zh = wrapCaption('函数从零变到一'.repeat(4), 60);
    expect(zh.join('')).toBe('函数从零变到一'.repeat(4));
    expect(zh.every((l) => l.length <= 5)).toBe(true);
  });
});

describe('sweep frames', () => {
  const sweep = { target: 'alpha', from: 0, to: 1, frames: 5 };

  it('moves the parameter evenly and ends exactly on `to`', () => {
    expect([0, 1, 2, 3, 4].map((i) => frameValue(sweep, i))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(frameState(state, sweep, 2).params).toEqual({ alpha: 0.5 });
  });

  it('captions each frame with its own value, in the page’s language', () => {
    expect(sweepFrame(state, sweep, 1, 500).caption).toBe(
      'Leaky ReLU (α = 0.25); α sweeps from 0 to 1',
    );
    const zh = { ...state, lang: 'zh-CN' as const };
    const f = frameState(zh, sweep, 3);
    expect(frameCaption(buildPlotModel(f, 500), f, sweep)).toBe(
      'Leaky ReLU (α = 0.75)；α 从 0 变到 1',
    );
  });

  it('describes an animation by what sweeps, then its first frame', () => {
    const text = sweepAlt(state, sweep, 500);
    expect(text).toMatch(
      /^Animation in 5 frames: α goes from 0 to 1\. Its first frame: Line chart of Leaky ReLU \(α = 0\)/,
    );
    // At α = 0 the first frame is ReLU's shape: f′ is 0 on the left, and at 0 (PyTorch's α).
    expect(text).toContain(
      'It never decreases. f′ stays between 0 and 1. f′ is exactly 0 for x in [−5, 0]',
    );
    const zh = sweepAlt(
      { ...state, lang: 'zh-CN', range: [-1, 3] },
      { ...sweep, target: 'range', from: 1, to: 4 },
      500,
    );
    expect(zh).toMatch(/^共 5 帧的动画：x 的范围以 x = 1 为中心从 ±1 缩放到 ±4。第一帧：/);
  });

  it('zooms the range about its centre', () => {
    const r = { target: 'range', from: 1, to: 4, frames: 4 };
    const s = { ...state, range: [-1, 3] as [number, number] };
    expect(frameState(s, r, 1).range).toEqual([-1, 3]);
    expect(sweepFrame(s, r, 3, 500).caption).toBe(
      'Leaky ReLU (α = 0.1); x from −3 to 5 (zooming from ±1 to ±4)',
    );
  });
});

describe('exportKit strings', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('has every message in both languages with the same placeholders, and no shared key', () => {
    for (const [key, m] of Object.entries({ ...exportKit, ...allSections.exportKitButton })) {
      for (const lang of LANGS) {
        expect(m[lang], `${key} ${lang}`).toMatch(/\S/);
        expect(placeholders(m[lang]), key).toEqual(placeholders(m.en));
      }
      expect(Object.hasOwn(messages, key), key).toBe(false);
    }
    expect(JSON.stringify(exportKit)).not.toContain('拐点');
  });
});
