import { translator } from '../i18n/catalogue';
import { demos } from '../i18n/sections/demos';
import { describe, expect, it } from 'vitest';
import { formatProse } from '../format/number';
import { runDepthExperiment, type DepthOptions, type DepthResult } from '../train/depth';
import { depthCause, depthSummary, depthVerdict, LEVEL_FACTOR, WIDE_FACTOR } from './depthText';

import { type DemoT } from '../i18n/sections/demos';
import { SCHEMA } from './schema';
import { fnName } from './text';

const en: DemoT = (key, vars) => translator('en', demos)(key, vars);
const zh: DemoT = (key, vars) => translator('zh-CN', demos)(key, vars);
const num = (v: number) => formatProse(Number(v.toPrecision(2)));

/** The panel's settings: 8 networks, batch 256, on top of the given width, depth, init, … */
function run(o: Partial<DepthOptions> & { fn: string[] }): DepthResult {
  return runDepthExperiment({
    width: 32,
    depth: 30,
    init: 'he',
    seed: 1,
    seeds: 8,
    ...o,
    activations: o.fn.map((id) => ({ id })),
  });
}

/** Median by hand: sort, middle one or mean of the middle two. */
function medianOf(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The verdict phrase the numbers call for, from the median ratio alone. */
function expectedPhrase(t: DemoT, median: number): string {
  if (median < 1 / LEVEL_FACTOR) return t('demoDepthVanish');
  if (median > LEVEL_FACTOR) return t('demoDepthExplode');
  return t('demoDepthLevel', { k: LEVEL_FACTOR });
}

/** The summary lines that belong to function `name` (its row and the lines after it). */
function linesOf(lines: string[], name: string, names: string[]): string[] {
  const start = lines.findIndex((l) => l.startsWith(`${name}:`) || l.startsWith(`${name}：`));
  const next = lines.findIndex(
    (l, i) => i > start && names.some((n) => l.startsWith(`${n}:`) || l.startsWith(`${n}：`)),
  );
  return lines.slice(start, next < 0 ? undefined : next);
}

describe('depth spread over seeds', { timeout: 120_000 }, () => {
  it('median, min and max per layer equal a recomputation from single-seed runs', () => {
    const o = { width: 12, depth: 9, init: 'he' as const, seed: 41 };
    const r = run({ ...o, fn: ['relu', 'tanh'] });
    expect(r.spread.map((s) => s.seeds)).toEqual([
      [41, 42, 43, 44, 45, 46, 47, 48],
      [41, 42, 43, 44, 45, 46, 47, 48],
    ]);
    const single = [...Array(8).keys()].map((k) =>
      runDepthExperiment({
        ...o,
        seed: 41 + k,
        activations: [{ id: 'relu' }, { id: 'tanh' }],
      }),
    );
    for (let f = 0; f < 2; f++) {
      const rel = single.map((x) => {
        const g = x.series[f]!.gradNorm;
        return Array.from(g, (v) => v / g[o.depth - 1]!);
      });
      for (let l = 0; l < o.depth; l++) {
        const at = rel.map((v) => v[l]!);
        expect(r.spread[f]!.median[l]).toBeCloseTo(medianOf(at), 12);
        expect(r.spread[f]!.min[l]).toBe(Math.min(...at));
        expect(r.spread[f]!.max[l]).toBe(Math.max(...at));
      }
      expect(Array.from(r.spread[f]!.ratio)).toEqual(rel.map((v) => v[0]));
    }
    // The first network is the one `series` shows, as before there was a spread.
    expect(Array.from(r.series[0]!.gradNorm)).toEqual(Array.from(single[0]!.series[0]!.gradNorm));
  });

  it('ReLU’s mean f′(z)² is its share of positive pre-activations (f′ = 1 there, else 0)', () => {
    const r = run({ width: 16, depth: 10, fn: ['relu'] });
    const s = r.spread[0]!;
    // Layers 2…depth, each weighted alike (same batch × width in every network).
    let zeros = 0;
    for (let l = 1; l < r.depth; l++) zeros += s.zeroShare[l]! / (r.depth - 1);
    expect(s.slopeSq).toBeCloseTo(1 - zeros, 12);
    expect(s.flatShare).toBeCloseTo(zeros, 12);
    expect(s.peakSlope).toBe(1);
    expect(r.weightScale).toBe(2);
  });
});

describe('depth sentences follow the numbers', { timeout: 120_000 }, () => {
  const names = ['ReLU', 'Tanh', 'Sigmoid', 'Leaky ReLU', 'GELU'];

  /** Row, verdict and the spread sentence of every function, checked against its numbers. */
  function checkRows(r: DepthResult) {
    const [lines, linesZh] = [depthSummary(en, r), depthSummary(zh, r)];
    for (const s of r.spread) {
      const name = names.find((n) => n.toLowerCase().replace(' ', '_') === s.activation.id)!;
      const mine = linesOf(lines, name, names);
      const mineZh = linesOf(linesZh, name, names);
      const ratios = Array.from(s.ratio);
      const median = medianOf(ratios);
      const zero = ratios.filter((v) => v === 0).length;
      if (median === 0) {
        expect(mine).toEqual([en('demoDepthDeadRow', { name, count: zero, seeds: 8 })]);
        expect(mineZh).toEqual([zh('demoDepthDeadRow', { name, count: zero, seeds: 8 })]);
        continue;
      }
      const row = (t: DemoT) =>
        t('demoDepthRow', {
          name,
          depth: r.depth,
          seeds: 8,
          median: num(median),
          min: num(Math.min(...ratios)),
          max: num(Math.max(...ratios)),
          verdict: expectedPhrase(t, median),
        });
      expect(mine[0]).toBe(row(en));
      expect(mineZh[0]).toBe(row(zh));
      const wide = Math.max(...ratios) / Math.min(...ratios) >= WIDE_FACTOR;
      expect(mine.some((l) => /differ by a factor/.test(l))).toBe(zero === 0 && wide);
      expect(mineZh.some((l) => /相差 .* 倍：只看一个网络/.test(l))).toBe(zero === 0 && wide);
    }
    return { lines, linesZh };
  }

  it('defaults: ReLU level, tanh explodes (He explained), sigmoid vanishes through its ¼ cap', () => {
    const r = run({ fn: ['relu', 'tanh', 'sigmoid'] });
    const { lines, linesZh } = checkRows(r);
    expect(r.spread.map(depthVerdict)).toEqual(['level', 'explode', 'vanish']);
    // The issue's numbers: layer 1 gets 0.14–2.4× layer 30's gradient over these 8 seeds.
    expect(num(r.spread[0]!.min[0]!)).toBe('0.14');
    expect(num(r.spread[0]!.max[0]!)).toBe('2.4');
    expect(lines.join(' ')).toMatch(/ReLU.*within a factor of 4 either way/);
    expect(lines.join(' ')).toMatch(/The 8 networks differ by a factor of 17 at layer 1/);
    const tanh = r.spread[1]!;
    expect(depthCause(r, tanh)).toBe('he');
    expect(lines).toContain(
      en('demoDepthWhyHe', {
        name: 'Tanh',
        e: num(tanh.slopeSq),
        chi: num(2 * tanh.slopeSq),
        layers: 29,
      }),
    );
    expect(linesZh.join('')).toContain('出现梯度爆炸');
    expect(linesZh.join('')).toContain('He 初始化是按 ReLU 设定');
    const sigmoid = r.spread[2]!;
    expect(sigmoid.peakSlope).toBe(0.25);
    expect(sigmoid.flatShare).toBeLessThan(0.1);
    expect(depthCause(r, sigmoid)).toBe('cap');
    expect(lines.join(' ')).toContain(
      'the cap on the slope, not saturation, makes the gradient vanish',
    );
    expect(linesZh.join('')).toContain('造成梯度消失的是斜率的上限，而不是饱和');
    expect(linesZh.join('')).toContain('出现梯度消失');
  });

  it('without sigmoid the same words for ReLU and tanh: nothing is said that only sigmoid made true', () => {
    const r = run({ fn: ['relu', 'tanh'] });
    checkRows(r);
    const withSigmoid = run({ fn: ['relu', 'tanh', 'sigmoid'] });
    const strip = (l: string[]) => l.filter((x) => !x.includes('Sigmoid'));
    expect(depthSummary(en, r)).toEqual(strip(depthSummary(en, withSigmoid)));
  });

  it('width 8: ReLU’s median network loses its gradient although the average rate is kept', () => {
    const r = run({ width: 8, fn: ['relu', 'tanh'] });
    const { lines, linesZh } = checkRows(r);
    const relu = r.spread[0]!;
    expect(depthVerdict(relu)).toBe('vanish');
    expect(relu.median[0]!).toBeLessThan(0.01); // the issue: median 0.002 or so
    expect(depthCause(r, relu)).toBe('narrow');
    expect(lines.join(' ')).toMatch(/With 8 neurons per layer/);
    expect(linesZh.join('')).toContain('每层只有 8 个神经元时');
  });

  it('width 2: no gradient reaches layer 1 through ReLU in any of the 8 networks', () => {
    const r = run({ width: 2, fn: ['relu', 'leaky_relu'] });
    const { lines, linesZh } = checkRows(r);
    expect(depthVerdict(r.spread[0]!)).toBe('dead');
    expect(lines[0]).toBe(
      'ReLU: in 8 of 8 networks the gradient at layer 1 is exactly 0, the extreme of a vanishing gradient: for each input, some layer on the way back has f′(z) = 0 at every neuron, so nothing passes.',
    );
    expect(linesZh[0]).toMatch(/^ReLU：8 个网络中有 8 个在第 1 层的梯度恰好为 0/);
  });

  it('Xavier: ReLU’s per-layer factor is about ½ and the words say it is below 1', () => {
    const r = run({ init: 'xavier', fn: ['relu', 'gelu'] });
    const { lines } = checkRows(r);
    expect(r.weightScale).toBe(1);
    expect(depthCause(r, r.spread[0]!)).toBe('shrinks');
    expect(lines.join(' ')).toMatch(/ReLU’s mean f′\(z\)² here is 0\.5\d? and n·Var\(w\) = 1/);
  });

  it('a gain of 2 makes ReLU explode, and the words say why without blaming He', () => {
    const r = run({ width: 16, depth: 10, gain: 2, fn: ['relu'] });
    const { lines } = checkRows(r);
    expect(depthVerdict(r.spread[0]!)).toBe('explode');
    expect(depthCause(r, r.spread[0]!)).toBe('grows');
    expect(lines.join(' ')).not.toContain('He initialisation');
  });

  it('one layer: one sentence, no ratio', () => {
    const r = run({ depth: 1, fn: ['relu', 'sigmoid'] });
    expect(depthSummary(en, r)).toEqual([en('demoDepthOneLayer')]);
    expect(depthSummary(zh, r)).toEqual([zh('demoDepthOneLayer')]);
  });

  it('at settings across the sliders every function gets one verdict and no unfilled slot', () => {
    const fns = ['relu', 'tanh', 'sigmoid', 'gelu', 'elu', 'silu', 'selu', 'leaky_relu'];
    const settings: Partial<DepthOptions>[] = [
      { width: 2, depth: 50, init: 'xavier', gain: 2 },
      { width: 64, depth: 2, init: 'he', gain: 0.5 },
      { width: 3, depth: 17, init: 'he', gain: 1.35 },
      { width: 5, depth: 40, init: 'xavier', gain: 0.75, seed: 999_999 },
    ];
    for (const [i, o] of settings.entries()) {
      const fn = fns.slice((i * 2) % 8, ((i * 2) % 8) + 4);
      const r = run({ ...o, batch: 64, fn });
      for (const t of [en, zh]) {
        const text = depthSummary(t, r).join('\n');
        expect(text).not.toMatch(/[{}]|NaN|undefined|Infinity|∞/);
        const lines = text.split('\n');
        for (const id of fn) {
          const rows = lines.filter(
            (l) => l.startsWith(`${fnName(id)}:`) || l.startsWith(`${fnName(id)}：`),
          );
          expect(rows).toHaveLength(1);
        }
      }
    }
  });
});

describe('the lead’s claims', () => {
  it('sigmoid’s per-layer factor stays below 1 at every reachable init and gain', () => {
    const maxScale = 2 * SCHEMA.depth.gain.max ** 2; // He at the largest gain
    expect(maxScale * 0.25 ** 2).toBeLessThan(1);
  });

  it('at gain 1 He gives ReLU a per-layer factor of about 1, Xavier gives 1/n·n = 1 for slope 1', () => {
    const he = run({ width: 32, depth: 10, fn: ['relu'] });
    expect(he.weightScale * he.spread[0]!.slopeSq).toBeGreaterThan(0.9);
    expect(he.weightScale * he.spread[0]!.slopeSq).toBeLessThan(1.1);
    const xavier = run({ width: 32, depth: 10, init: 'xavier', fn: ['relu'] });
    expect(xavier.weightScale).toBe(1);
  });
});
