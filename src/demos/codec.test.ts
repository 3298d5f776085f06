import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activations } from '../math';
import { queryString } from '../state/mirrorUrl';
import { decode, encode, isDemoUrlKey, type DemoUrlState } from './codec';
import { DEMO_IDS, VIEWS, type View } from './views';
import { LEARNING_RATES, SCHEMA, defaultSettings, type DemoSettings } from './schema';

const q = (s: string) => new URLSearchParams(s);
const base = (over: Partial<DemoUrlState> = {}): DemoUrlState => ({
  view: 'why',
  settings: defaultSettings(),
  lang: 'en',
  theme: 'system',
  ...over,
});
const notes = (s: string) =>
  decode(q(s)).ignored.map(
    (n) => `${n.message} ${n.param}=${n.value}${n.vars ? ' ' + JSON.stringify(n.vars) : ''}`,
  );

describe('encode', () => {
  it('writes only the view for the defaults', () => {
    expect(encode(base()).toString()).toBe('view=why');
    expect(encode(base({ view: 'dying' })).toString()).toBe('view=dying');
  });

  it('writes non-default settings as <demo>.<field>, lists with readable commas', () => {
    const settings = defaultSettings();
    settings.dying.lr = 0.1;
    settings.dying.side = true;
    settings.depth.fn = ['relu', 'gelu'];
    settings.depth.init = 'xavier';
    const s = encode(base({ view: 'depth', settings, lang: 'zh-CN', theme: 'dark' }));
    expect(queryString(s)).toBe(
      'view=depth&depth.init=xavier&depth.fn=relu,gelu&dying.lr=0.1&dying.side=1&lang=zh-CN&theme=dark',
    );
  });

  it('leaves out the language the page defaults to', () => {
    expect(encode(base({ lang: 'zh-CN' }), 'zh-CN').toString()).toBe('view=why');
    expect(encode(base({ lang: 'en' }), 'zh-CN').toString()).toBe('view=why&lang=en');
  });
});

/** Any valid settings, as the controls could produce them. */
const gridValue = (f: { min: number; max: number; step: number }) =>
  fc
    .integer({ min: 0, max: Math.round((f.max - f.min) / f.step) })
    .map((k) => Number((f.min + k * f.step).toFixed(6)));
const ids = activations.map((a) => a.id);
const fnList = (min: number, max: number, exclude?: string) =>
  fc.uniqueArray(fc.constantFrom(...ids.filter((id) => id !== exclude)), {
    minLength: min,
    maxLength: max,
  });
const validSettings: fc.Arbitrary<DemoSettings> = fc.record({
  cost: fc.record({
    fn: fnList(0, 8, 'relu'),
    size: fc.constantFrom(...SCHEMA.cost.size.values),
  }),
  depth: fc.record({
    width: gridValue(SCHEMA.depth.width),
    layers: gridValue(SCHEMA.depth.layers),
    init: fc.constantFrom('he' as const, 'xavier' as const),
    gain: gridValue(SCHEMA.depth.gain),
    fn: fnList(1, 4),
    seed: gridValue(SCHEMA.depth.seed),
  }),
  sparsity: fc.record({
    mu: gridValue(SCHEMA.sparsity.mu),
    sigma: gridValue(SCHEMA.sparsity.sigma),
    fn: fnList(1, 4),
    seed: gridValue(SCHEMA.sparsity.seed),
  }),
  dying: fc.record({
    units: gridValue(SCHEMA.dying.units),
    lr: fc.constantFrom(...LEARNING_RATES),
    optimizer: fc.constantFrom(...SCHEMA.dying.optimizer.values),
    shift: gridValue(SCHEMA.dying.shift),
    steps: gridValue(SCHEMA.dying.steps),
    fn: fc.constantFrom(...SCHEMA.dying.fn.values),
    side: fc.boolean(),
    seed: gridValue(SCHEMA.dying.seed),
  }),
  prelu: fc.record({
    units: gridValue(SCHEMA.prelu.units),
    lr: fc.constantFrom(...LEARNING_RATES),
    shift: gridValue(SCHEMA.prelu.shift),
    steps: gridValue(SCHEMA.prelu.steps),
    alpha: fc.constantFrom('unit' as const, 'shared' as const),
    seed: gridValue(SCHEMA.prelu.seed),
  }),
  distribution: fc.record({
    source: fc.constantFrom('normal' as const, 'layer' as const),
    mu: gridValue(SCHEMA.distribution.mu),
    sigma: gridValue(SCHEMA.distribution.sigma),
    init: fc.constantFrom('he' as const, 'xavier' as const),
    fanIn: gridValue(SCHEMA.distribution.fanIn),
    samples: fc.constantFrom(...SCHEMA.distribution.samples.values),
    fn: fnList(1, 5),
    layers: gridValue(SCHEMA.distribution.layers),
    width: gridValue(SCHEMA.distribution.width),
    seed: gridValue(SCHEMA.distribution.seed),
  }),
});

describe('round trip', () => {
  it('decode(encode(state)) gives the state back, with no notices', () => {
    fc.assert(
      fc.property(
        validSettings,
        fc.constantFrom<View>(...VIEWS),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
        (settings, view, lang, theme) => {
          const text = queryString(encode({ view, settings, lang, theme }, 'en'));
          const d = decode(q(text));
          expect(d.ignored).toEqual([]);
          expect(d.view).toBe(view);
          expect(d.settings).toEqual(settings);
          expect(d.lang ?? 'en').toBe(lang);
          expect(d.theme ?? 'system').toBe(theme);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on garbage and always returns complete settings', () => {
    const keys = ['view', 'lang', 'theme', 'x', ...DEMO_IDS.map((d) => `${d}.fn`), 'dying.lr'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 30 })), {
          maxLength: 8,
        }),
        (pairs) => {
          const d = decode(new URLSearchParams(pairs));
          expect(VIEWS).toContain(d.view);
          for (const demo of DEMO_IDS)
            expect(Object.keys(d.settings[demo])).toEqual(Object.keys(SCHEMA[demo]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('decode: bad values are ignored or adjusted, each with a notice', () => {
  it('an unknown view falls back to every demo', () => {
    const d = decode(q('view=nope'));
    expect(d.view).toBe('why');
    expect(notes('view=nope')).toEqual([
      'urlBadValue view=nope {"expected":"why, cost, depth, sparsity, dying, prelu, distribution"}',
    ]);
  });

  it('numbers: not a number is ignored, out of range clamped, off-grid rounded', () => {
    const s = 'depth.width=abc&depth.layers=80&dying.shift=-0.25&dying.units=4';
    const d = decode(q(s));
    expect(d.settings.depth.width).toBe(32);
    expect(d.settings.depth.layers).toBe(50);
    expect(d.settings.dying.shift).toBe(-0.2);
    expect(d.settings.dying.units).toBe(8);
    expect(notes(s)).toEqual([
      'urlNotNumber depth.width=abc',
      'urlClamped depth.layers=80 {"clamped":"50"}',
      'urlClamped dying.units=4 {"clamped":"8"}',
      'demoUrlRounded dying.shift=-0.25 {"rounded":"-0.2"}',
    ]);
  });

  it('learning rates snap to the 1-2-5 ladder', () => {
    expect(decode(q('dying.lr=0.07')).settings.dying.lr).toBe(0.05);
    expect(notes('dying.lr=0.07')).toEqual(['demoUrlRounded dying.lr=0.07 {"rounded":"0.05"}']);
    expect(decode(q('prelu.lr=3')).settings.prelu.lr).toBe(1);
    expect(notes('dying.lr=0.1')).toEqual([]);
  });

  it('choices and switches accept only their values', () => {
    const s = 'depth.init=lecun&dying.side=yes&dying.fn=gelu&prelu.alpha=unit';
    const d = decode(q(s));
    expect(d.settings.depth.init).toBe('he');
    expect(d.settings.dying.side).toBe(false);
    expect(d.settings.dying.fn).toBe('relu');
    expect(d.settings.prelu.alpha).toBe('unit');
    expect(notes(s)).toEqual([
      'urlBadValue depth.init=lecun {"expected":"he, xavier"}',
      'urlBadValue dying.fn=gelu {"expected":"relu, leaky_relu, prelu, elu"}',
      'urlBadValue dying.side=yes {"expected":"0, 1"}',
    ]);
  });

  it('function lists drop unknown, repeated and surplus ids; too few keeps the default', () => {
    const d = decode(q('depth.fn=relu,nope,relu,tanh,elu,gelu,silu&sparsity.fn=,,nope'));
    expect(d.settings.depth.fn).toEqual(['relu', 'tanh', 'elu', 'gelu']);
    expect(d.settings.sparsity.fn).toEqual(['relu', 'leaky_relu', 'gelu']);
    expect(notes('depth.fn=relu,nope,relu,tanh,elu,gelu,silu&sparsity.fn=,,nope')).toEqual([
      'urlCmpUnknown depth.fn=nope',
      'urlCmpDuplicate depth.fn=relu',
      'urlCmpTooMany depth.fn=silu {"max":4}',
      'urlCmpUnknown sparsity.fn=nope',
      'demoUrlTooFew sparsity.fn=,,nope {"min":1}',
    ]);
  });

  it('the cost demo always measures ReLU: listing it is reported, an empty list is fine', () => {
    expect(decode(q('cost.fn=relu,elu')).settings.cost.fn).toEqual(['elu']);
    expect(notes('cost.fn=relu,elu')).toEqual(['demoUrlReference cost.fn=relu']);
    expect(decode(q('cost.fn=')).settings.cost.fn).toEqual([]);
  });

  it('language, theme, unknown and repeated keys', () => {
    const s = 'lang=fr&theme=pink&foo=1&view=dying&view=cost';
    const d = decode(q(s));
    expect(d.view).toBe('dying');
    expect(d.lang).toBeUndefined();
    expect(d.theme).toBeUndefined();
    expect(notes(s)).toEqual([
      'urlRepeated view=cost',
      'urlBadValue lang=fr {"expected":"en, zh-CN"}',
      'urlBadValue theme=pink {"expected":"light, dark"}',
      'urlUnknownParam foo=1',
    ]);
  });

  it('shortens long values so a hostile URL cannot flood the notice', () => {
    const d = decode(q(`depth.width=${'9'.repeat(500)}x`));
    expect(d.ignored[0]!.value.length).toBeLessThanOrEqual(41);
  });
});

describe('isDemoUrlKey', () => {
  it('covers the view, every field, language and theme, and nothing else', () => {
    expect(isDemoUrlKey('view')).toBe(true);
    expect(isDemoUrlKey('dying.lr')).toBe(true);
    expect(isDemoUrlKey('theme')).toBe(true);
    expect(isDemoUrlKey('fn')).toBe(false);
    expect(isDemoUrlKey('dying.nope')).toBe(false);
  });
});
