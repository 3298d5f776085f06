import { DEFAULT_EXPR } from './formula';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activations, getActivation } from '../math';
import { LANGS } from '../i18n/types';
import {
  defaultParams,
  defaultState,
  MAX_COMPARE,
  MIN_SPAN,
  paramsAccepted,
  rangeError,
  THEMES,
  type ExplorerState,
} from './explorerStore';
import { decode, encode, isUrlKey } from './urlCodec';

const q = (s: string) => new URLSearchParams(s);
/** The state a query string gives on a page whose defaults are `base`. */
const load = (s: string, base = defaultState()) => ({ ...base, ...decode(q(s)).state });
const params = (s: string) => decode(q(s)).ignored.map((n) => n.param);
const messages = (s: string) => decode(q(s)).ignored.map((n) => n.message);

describe('encode', () => {
  it('writes nothing for the default view', () => {
    expect(encode(defaultState()).toString()).toBe('');
    expect(encode(defaultState('zh-CN'), defaultState('zh-CN')).toString()).toBe('');
  });

  it('writes only what differs from the defaults, in a fixed readable order', () => {
    const state: ExplorerState = {
      ...defaultState(),
      fn: 'leaky_relu',
      params: { alpha: 0.1 },
      range: [-2, 5],
      cmp: ['relu', 'gelu'],
      showDerivative: false,
      showDifference: true,
      lang: 'zh-CN',
      theme: 'dark',
    };
    expect(encode(state).toString()).toBe(
      'fn=leaky_relu&alpha=0.1&xmin=-2&cmp=relu%2Cgelu&d=0&diff=1&lang=zh-CN&theme=dark',
    );
  });

  it('omits parameters at their default and the language of the page', () => {
    const state = { ...defaultState('zh-CN'), fn: 'elu', params: defaultParams('elu') };
    expect(encode(state, defaultState('zh-CN')).toString()).toBe('fn=elu');
    expect(encode(state, defaultState('en')).toString()).toBe('fn=elu&lang=zh-CN');
  });
});

/** Any valid explorer state, with values as the UI could produce them. */
const validState: fc.Arbitrary<ExplorerState> = fc
  .constantFrom(...activations.map((a) => a.id))
  .chain((fn) => {
    const a = getActivation(fn)!;
    const paramArb = fc.record(
      Object.fromEntries(
        a.params.map((p) => [
          p.key,
          fc
            .oneof(
              fc.constant(p.default),
              fc.double({ min: p.min, max: p.max, noNaN: true }),
              fc.integer({ min: 0, max: 100 }).map((k) => p.min + ((p.max - p.min) * k) / 100),
            )
            .map((v) => v + 0), // −0 → 0: the URL has no signed zero
        ]),
      ),
    );
    const others = activations.map((x) => x.id).filter((id) => id !== fn);
    return fc.record({
      fn: fc.constant(fn),
      params: paramArb.filter((p) => paramsAccepted(a, p)),
      range: fc
        .tuple(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        )
        .filter(([x, y]) => Math.abs(x - y) >= MIN_SPAN)
        .map(([x, y]): [number, number] => [Math.min(x, y) + 0, Math.max(x, y) + 0]),
      cmp: fc.uniqueArray(fc.constantFrom(...others), { maxLength: MAX_COMPARE }),
      showDerivative: fc.boolean(),
      showDifference: fc.boolean(),
      expr: fc.constant(DEFAULT_EXPR),
      paramRanges: fc.constant({}),
      lang: fc.constantFrom(...LANGS),
      theme: fc.constantFrom(...THEMES),
    });
  })
  .map((s) => ({ ...s, showDifference: s.showDifference && s.cmp.length > 0 }));

describe('decode ∘ encode', () => {
  it('restores every valid state exactly, with no notices', () => {
    fc.assert(
      fc.property(validState, fc.constantFrom(...LANGS), (state, pageLang) => {
        const base = defaultState(pageLang);
        const { state: decoded, ignored } = decode(encode(state, base));
        expect(ignored).toEqual([]);
        expect({ ...base, ...decoded }).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('survives a trip through a full URL string', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const url = new URL(`https://example.org/?${encode(state).toString()}`);
        expect({ ...defaultState(), ...decode(url.searchParams).state }).toEqual(state);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary query strings and only yields valid state', () => {
    const key = fc.constantFrom(
      'fn',
      'alpha',
      'xmin',
      'xmax',
      'cmp',
      'd',
      'diff',
      'lang',
      'theme',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), (pairs) => {
        const query = new URLSearchParams(pairs);
        const s = { ...defaultState(), ...decode(query).state };
        const a = getActivation(s.fn);
        expect(a).toBeDefined();
        expect(paramsAccepted(a!, s.params)).toBe(true);
        expect(rangeError(s.range)).toBeNull();
        expect(s.cmp.length).toBeLessThanOrEqual(MAX_COMPARE);
        expect(new Set(s.cmp).size).toBe(s.cmp.length);
        expect(s.cmp).not.toContain(s.fn);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decode: bad input is ignored with a notice', () => {
  it('empty query: nothing set, nothing reported', () => {
    expect(decode(q(''))).toEqual({ state: {}, ignored: [] });
  });

  it('unknown function', () => {
    const { state, ignored } = decode(q('fn=foo'));
    expect(state.fn).toBeUndefined();
    expect(ignored).toEqual([{ param: 'fn', value: 'foo', message: 'urlUnknownFn' }]);
  });

  it('markup in values stays inert text in the notice', () => {
    const { state, ignored } = decode(q('fn=<script>alert(1)</script>&lang=<img src=x>'));
    expect(state).toEqual({});
    expect(ignored.map((n) => n.value)).toEqual(['<script>alert(1)</script>', '<img src=x>']);
  });

  it.each(['NaN', 'Infinity', '-Infinity', '1e400', '', 'abc', '0x1'])(
    'a parameter that is not a finite number (%j)',
    (raw) => {
      const { state, ignored } = decode(q(`fn=leaky_relu&alpha=${encodeURIComponent(raw)}`));
      expect(state).toEqual({ fn: 'leaky_relu', params: { alpha: 0.01 } });
      expect(ignored).toEqual([{ param: 'alpha', value: raw, message: 'urlNotNumber' }]);
    },
  );

  it('a finite parameter outside its range is clamped, and says so', () => {
    const high = decode(q('fn=leaky_relu&alpha=5'));
    expect(high.state.params).toEqual({ alpha: 1 });
    expect(high.ignored).toEqual([
      { param: 'alpha', value: '5', message: 'urlClamped', vars: { clamped: '1' } },
    ]);
    expect(decode(q('fn=leaky_relu&alpha=-5')).state.params).toEqual({ alpha: 0 });
  });

  it('a parameter that conflicts with the others (Hardtanh min_val ≥ max_val)', () => {
    const { state, ignored } = decode(q('fn=hardtanh&min_val=2&max_val=1.5'));
    expect(state.params).toEqual({ min_val: -1, max_val: 1.5 });
    expect(ignored).toEqual([{ param: 'min_val', value: '2', message: 'urlParamConflict' }]);
    expect(decode(q('fn=hardtanh&min_val=0.5&max_val=0.2')).state.params).toEqual({
      min_val: 0.5,
      max_val: 1,
    });
  });

  it('a parameter the function does not have', () => {
    const { state, ignored } = decode(q('alpha=0.5'));
    expect(state).toEqual({});
    expect(ignored).toEqual([
      { param: 'alpha', value: '0.5', message: 'urlParamNotApplicable', vars: { fn: 'ReLU' } },
    ]);
  });

  it('parameters of an unknown function are judged against ReLU', () => {
    expect(params('fn=nope&alpha=0.5')).toEqual(['fn', 'alpha']);
  });

  it('xmin ≥ xmax: both ignored with one notice', () => {
    const { state, ignored } = decode(q('xmin=3&xmax=1'));
    expect(state.range).toBeUndefined();
    expect(ignored).toEqual([
      {
        param: 'xmin,xmax',
        value: '3,1',
        message: 'urlRangeOrder',
        vars: { pairs: 'xmin=3, xmax=1' },
      },
    ]);
    expect(decode(q('xmin=5')).state.range).toBeUndefined();
    expect(messages('xmin=5')).toEqual(['urlRangeOrder']);
    expect(messages('xmin=2&xmax=2')).toEqual(['urlRangeOrder']);
  });

  it('a range narrower than 1e-6: both ignored', () => {
    const { state, ignored } = decode(q('xmin=0&xmax=5e-324'));
    expect(state.range).toBeUndefined();
    expect(ignored).toEqual([
      {
        param: 'xmin,xmax',
        value: '0,5e-324',
        message: 'urlRangeTooNarrow',
        vars: { pairs: 'xmin=0, xmax=5e-324', min: '10⁻⁶' },
      },
    ]);
  });

  it('one end of the range alone uses the default for the other', () => {
    expect(load('xmin=-1').range).toEqual([-1, 5]);
    expect(load('xmax=20').range).toEqual([-5, 20]);
  });

  it('|x| > 1e6 is clamped to ±1e6', () => {
    const { state, ignored } = decode(q('xmin=-2e6&xmax=3e6'));
    expect(state.range).toEqual([-1e6, 1e6]);
    expect(ignored.map((n) => [n.param, n.message, n.vars])).toEqual([
      ['xmin', 'urlClamped', { clamped: '-1000000' }],
      ['xmax', 'urlClamped', { clamped: '1000000' }],
    ]);
  });

  it('a range end that is not a number is ignored, the other kept', () => {
    expect(load('xmin=abc&xmax=10').range).toEqual([-5, 10]);
    expect(messages('xmin=abc&xmax=10')).toEqual(['urlNotNumber']);
    expect(load('xmin=Infinity').range).toEqual([-5, 5]);
  });

  it('unknown, duplicate and main-function ids are dropped from cmp', () => {
    const { state, ignored } = decode(q('fn=elu&cmp=gelu,foo,gelu,elu,,relu'));
    expect(state.cmp).toEqual(['gelu', 'relu']);
    expect(ignored.map((n) => [n.value, n.message])).toEqual([
      ['foo', 'urlCmpUnknown'],
      ['gelu', 'urlCmpDuplicate'],
      ['elu', 'urlCmpIsMain'],
    ]);
  });

  it('more than MAX_COMPARE compared functions: the first ones are kept', () => {
    const { state, ignored } = decode(q('cmp=leaky_relu,elu,selu,gelu,gelu_tanh,celu'));
    expect(state.cmp).toEqual(['leaky_relu', 'elu', 'selu', 'gelu']);
    expect(ignored.map((n) => [n.value, n.message, n.vars])).toEqual([
      ['gelu_tanh', 'urlCmpTooMany', { max: MAX_COMPARE }],
      ['celu', 'urlCmpTooMany', { max: MAX_COMPARE }],
    ]);
  });

  it.each([
    ['lang=fr', 'lang'],
    ['lang=de-DE', 'lang'],
    ['lang=', 'lang'],
    ['theme=blue', 'theme'],
    ['theme=DARK', 'theme'],
    ['d=yes', 'd'],
    ['diff=2', 'diff'],
  ])('a value outside the vocabulary (%s)', (query, param) => {
    const { state, ignored } = decode(q(query));
    expect(state).toEqual({});
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ param, message: 'urlBadValue' });
  });

  it('reads language tags as the element reads its lang attribute (zh, en-GB, …)', () => {
    expect(decode(q('lang=zh')).state).toEqual({ lang: 'zh-CN' });
    expect(decode(q('lang=zh-Hans')).state).toEqual({ lang: 'zh-CN' });
    expect(decode(q('lang=en-GB')).state).toEqual({ lang: 'en' });
  });

  it('reads d, diff, lang and theme', () => {
    expect(decode(q('d=0&cmp=gelu&diff=1&lang=zh-CN&theme=light')).state).toEqual({
      showDerivative: false,
      cmp: ['gelu'],
      showDifference: true,
      lang: 'zh-CN',
      theme: 'light',
    });
    expect(decode(q('theme=system')).state).toEqual({ theme: 'system' });
  });

  it('diff=1 needs a compared function', () => {
    const { state, ignored } = decode(q('diff=1'));
    expect(state.showDifference).toBeUndefined();
    expect(ignored).toEqual([{ param: 'diff', value: '1', message: 'urlDiffNeedsCmp' }]);
  });

  it('a repeated parameter: the first one wins', () => {
    const { state, ignored } = decode(q('fn=elu&fn=gelu'));
    expect(state.fn).toBe('elu');
    expect(ignored).toEqual([{ param: 'fn', value: 'gelu', message: 'urlRepeated' }]);
  });

  it('unknown parameters are reported, long values shortened', () => {
    const long = 'x'.repeat(500);
    const { ignored } = decode(q(`utm=${long}`));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ param: 'utm', message: 'urlUnknownParam' });
    expect(ignored[0]!.value.length).toBeLessThanOrEqual(41);
  });

  it('knows its own vocabulary', () => {
    for (const key of ['fn', 'alpha', 'xmin', 'cmp', 'd', 'diff', 'lang', 'theme'])
      expect(isUrlKey(key), key).toBe(true);
    expect(isUrlKey('utm_source')).toBe(false);
  });
});
