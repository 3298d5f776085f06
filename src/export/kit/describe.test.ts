import { describe, expect, it } from 'vitest';
import { formatProse, parseNumber } from '../../format/number';
import { buildPlotModel } from '../../plot/model';
import { defaultState } from '../../state/defaults';
import type { ExplorerState } from '../../state/explorerStore';
import { altText, kitT, stillCaption } from './describe';
import views from './fixtures/alt.json';

/** A view's state: defaults, then the fixture's function, parameters and range. */
function stateOf(v: (typeof views)[number], over: Partial<ExplorerState> = {}): ExplorerState {
  return {
    ...defaultState('en'),
    fn: v.fn,
    params: { ...v.params } as ExplorerState['params'],
    range: [v.range[0]!, v.range[1]!],
    ...over,
  };
}

const alt = (s: ExplorerState) => altText(buildPlotModel(s, 640), s);

/** Every number in `text`, U+2212 minus read as minus ("about" and the like skipped). */
const numbers = (text: string) =>
  [...text.matchAll(/−?\d+(?:\.\d+)?(?:e−?\d+)?/g)].map((m) => parseNumber(m[0])!);

/** Exact when 4 significant digits write it, else within their rounding. */
const close = (shown: number, exact: number) =>
  expect(Math.abs(shown - exact)).toBeLessThanOrEqual(Math.abs(exact) * 5e-4 + 1e-12);

const view = (fn: string) => views.find((v) => v.fn === fn)!;

describe('altText (English), pinned to mpmath values (fixtures/generate.py)', () => {
  it.each(views)('$fn: the ends of f are its values there', (v) => {
    const text = alt(stateOf(v));
    const ends = text.match(/f goes from (.*?) at x = (.*?) to (.*?) at x = (.*?)\./)!;
    expect(ends).not.toBeNull();
    const [fa, xa, fb, xb] = ends.slice(1).map((s) => numbers(s)[0]!);
    close(fa!, v.fLo);
    close(fb!, v.fHi);
    expect([xa, xb]).toEqual(v.range);
    // Rounded values say so, exact ones do not.
    for (const [shown, exact] of [
      [ends[1]!, v.fLo],
      [ends[3]!, v.fHi],
    ] as const)
      expect(shown.startsWith('about ')).toBe(parseNumber(formatProse(exact)) !== exact);
  });

  it.each(views)('$fn: f′ stays between bounds that hold and are tight', (v) => {
    const m = alt(stateOf(v)).match(/f′ stays between (\S+) and (\S+)\./)!;
    const [lo, hi] = [parseNumber(m[1]!)!, parseNumber(m[2]!)!];
    expect(lo).toBeLessThanOrEqual(v.dfLo);
    expect(hi).toBeGreaterThanOrEqual(v.dfHi);
    expect(v.dfLo - lo).toBeLessThanOrEqual(Math.abs(v.dfLo) * 1e-3 + 1e-12);
    expect(hi - v.dfHi).toBeLessThanOrEqual(Math.abs(v.dfHi) * 1e-3 + 1e-12);
  });

  it('says which functions rise throughout, from the registry’s properties', () => {
    expect(alt(stateOf(view('leaky_relu')))).toContain('It rises throughout.');
    expect(alt(stateOf(view('elu')))).toContain('It rises throughout.');
    expect(alt(stateOf(view('sigmoid')))).toContain('It rises throughout.');
    expect(alt(stateOf(view('relu')))).toContain('It never decreases.');
  });

  it.each(['gelu', 'hardswish'])('%s: the lowest and highest values and where', (fn) => {
    const v = view(fn);
    const m = alt(stateOf(v)).match(
      /lowest value is (.*?) at x = (.*?) and its highest (.*?) at x = (.*?)\./,
    )!;
    const [min, xmin, max, xmax] = m.slice(1).map((s) => numbers(s)[0]!);
    close(min!, v.min.value);
    close(xmin!, v.min.at);
    close(max!, v.max.value);
    close(xmax!, v.max.at);
  });

  it('names the zero-gradient zone with its ends as PyTorch’s f′ has them', () => {
    expect(alt(stateOf(view('relu')))).toContain(
      'f′ is exactly 0 for x in [−5, 0]: no gradient flows there.',
    );
    // hardswish's f′(−3) is −0.5, so −3 is not in the zone.
    expect(alt(stateOf(view('hardswish')))).toContain('f′ is exactly 0 for x in [−5, −3)');
  });

  it('names kinks with the one-sided slopes, and no kink where f′ is continuous', () => {
    expect(alt(stateOf(view('leaky_relu')))).toContain(
      'At x = 0 f has a kink: f′ jumps from 0.1 to 1.',
    );
    expect(alt(stateOf(view('hardswish')))).toContain(
      'At x = 3 f has a kink: f′ jumps from 1.5 to 1.',
    );
    expect(alt(stateOf(view('elu')))).not.toContain('kink');
  });

  it('leaves out f′ when it is not drawn, and names compared functions', () => {
    const text = alt(stateOf(view('sigmoid'), { showDerivative: false, cmp: ['tanh'] }));
    expect(text).toMatch(/^Line chart of Sigmoid for x from −5 to 5\./);
    expect(text).toContain('Also drawn for comparison, with their default parameters: Tanh.');
    expect(text).not.toContain('f′');
  });
});

describe('altText and captions (Chinese)', () => {
  const zh = (v: (typeof views)[number]) => stateOf(v, { lang: 'zh-CN' });

  it('says the same numbers in Chinese', () => {
    const s = zh(view('leaky_relu'));
    const text = alt(s);
    expect(text).toContain('Leaky ReLU (α = 0.1) 及其导数 f′ 在 x 从 −5 到 5 上的折线图');
    expect(text).toContain('f 从 x = −5 处的 −0.5 变到 x = 5 处的 5。');
    expect(text).toContain('在 x = 0 处 f 有一个折点：f′ 从 0.1 跳到 1。');
    expect(text).toContain('f′ 的取值在 0.1 与 1 之间。');
    expect(text).not.toMatch(/拐点|\b(from|the|and|is|at)\b/);
  });

  it('marks rounded numbers with 约', () => {
    expect(alt(zh(view('elu')))).toContain('f 从 x = −5 处的 约 −0.9933');
  });

  it('captions a still picture with the functions and the range', () => {
    const s = zh(view('leaky_relu'));
    expect(stillCaption(buildPlotModel(s, 640), kitT('zh-CN'))).toBe(
      'Leaky ReLU (α = 0.1)；x 从 −5 到 5',
    );
    const en = stateOf(view('gelu'), { cmp: ['relu', 'elu'] });
    expect(stillCaption(buildPlotModel(en, 640), kitT('en'))).toBe(
      'GELU compared with ReLU, ELU (α = 1); x from −4 to 3',
    );
  });
});
