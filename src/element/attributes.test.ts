import { describe, expect, it } from 'vitest';
import { defaultState, type ExplorerState } from '../state/explorerStore';
import { consoleWarning } from '../parts/consoleWarning';
import { applyPatch } from '../state/patch';
import { FIELDS, parseLang } from '../state/schema';
import { OBSERVED_ATTRIBUTES, readAttributes as readPatch } from './attributes';

const reader = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

/** What the element does with changed attributes: read them, then validate onto its state. */
function readAttributes(
  read: (name: string) => string | null,
  names: readonly string[],
  current: ExplorerState,
) {
  const { patch, raw, notices } = readPatch(read, names, current);
  const applied = applyPatch(current, patch, { host: 'attr', raw });
  const warnings = [...notices, ...applied.notices].map((n) =>
    consoleWarning('<activation-explorer>', n),
  );
  return { state: applied.set, warnings };
}

function readInto(attrs: Record<string, string>, names: readonly string[], current: ExplorerState) {
  return readAttributes(reader(attrs), names, current);
}
const base: ExplorerState = { ...defaultState('en'), showDerivative: false };

describe('readAttributes', () => {
  it('reads every attribute at start', () => {
    const { state, warnings } = readAttributes(
      reader({
        fn: 'leaky_relu',
        alpha: '0.1',
        xmin: '-3',
        xmax: '3',
        cmp: 'relu,elu',
        derivative: '',
        lang: 'zh-CN',
        theme: 'dark',
      }),
      OBSERVED_ATTRIBUTES,
      base,
    );
    expect(warnings).toEqual([]);
    expect(state).toMatchObject({
      fn: 'leaky_relu',
      params: { alpha: 0.1 },
      range: [-3, 3],
      cmp: ['relu', 'elu'],
      showDerivative: true,
      lang: 'zh-CN',
      theme: 'dark',
    });
  });

  it('warns about and leaves out refused values, clamping finite ones', () => {
    const { state, warnings } = readAttributes(
      reader({ fn: 'nope', xmin: '4', xmax: '2', theme: 'sepia', lang: 'fr' }),
      OBSERVED_ATTRIBUTES,
      base,
    );
    expect(state.fn).toBeUndefined();
    expect(state.range).toBeUndefined();
    expect(state.theme).toBeUndefined();
    expect(state.lang).toBeUndefined();
    expect(warnings).toHaveLength(4);
    expect(warnings.join('\n')).toContain('fn="nope"');

    const current = { ...base, fn: 'leaky_relu', params: { alpha: 0.1 } };
    const big = readAttributes(reader({ alpha: '1e9' }), ['alpha'], current);
    expect(big.warnings).toHaveLength(1);
    expect(big.state.params?.alpha).toBeLessThan(1e9);
  });

  it('keeps the last valid value when one attribute turns invalid', () => {
    const current = { ...base, fn: 'leaky_relu', params: { alpha: 0.3 } };
    const { state, warnings } = readAttributes(reader({ alpha: 'abc' }), ['alpha'], current);
    expect(state.params).toBeUndefined();
    expect(warnings[0]).toContain('alpha="abc"');
  });

  it('changes only what the changed attribute says', () => {
    const current = {
      ...base,
      fn: 'leaky_relu',
      params: { alpha: 0.3 },
      range: [-2, 2] as [number, number],
    };
    const { state } = readAttributes(reader({ alpha: '0.5', xmin: '-1' }), ['alpha'], current);
    expect(state).toEqual({ params: { alpha: 0.5 } });
  });

  it('reads the parameters of the new function when fn changes', () => {
    const current = { ...base, fn: 'relu', params: {} };
    const { state } = readAttributes(reader({ fn: 'elu', alpha: '0.5' }), ['fn'], current);
    expect(state.fn).toBe('elu');
    expect(state.params?.alpha).toBe(0.5);
  });

  it('goes back to defaults when attributes are removed', () => {
    const current = {
      ...base,
      fn: 'leaky_relu',
      params: { alpha: 0.3 },
      range: [-2, 2] as [number, number],
      cmp: ['relu'],
    };
    const { state } = readAttributes(reader({}), ['alpha', 'xmin', 'cmp'], current);
    expect(state.params?.alpha).toBe(0.01);
    expect(state.range).toEqual([-5, 5]);
    expect(state.cmp).toEqual([]);
  });

  it('reads the pair xmin/xmax together, so script can set both in any order', () => {
    const current = { ...base, range: [-5, 5] as [number, number] };
    // xmin=10 alone against xmax=5 is refused …
    expect(readAttributes(reader({ xmin: '10' }), ['xmin'], current).state.range).toBeUndefined();
    // … and accepted once xmax follows.
    const { state } = readAttributes(reader({ xmin: '10', xmax: '20' }), ['xmax'], current);
    expect(state.range).toEqual([10, 20]);
  });
});

describe('text of the boolean and language attributes (the schema)', () => {
  it('derivative: present or 1/true shows f′, 0/false hides it; absent is the default, shown', () => {
    const parse = (t: string) => FIELDS.derivative.parse(t);
    expect(parse('')).toEqual({ ok: true, value: true });
    expect(parse('true')).toEqual({ ok: true, value: true });
    expect(parse('0')).toEqual({ ok: true, value: false });
    expect(parse('false')).toEqual({ ok: true, value: false });
    expect(parse('derivative').ok).toBe(false);
    expect(readInto({}, OBSERVED_ATTRIBUTES, defaultState('en')).state.showDerivative).toBe(true);
  });

  it('lang: maps language tags onto the shipped languages', () => {
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang('zh')).toBe('zh-CN');
    expect(parseLang('zh-Hans')).toBe('zh-CN');
    expect(parseLang('en-GB')).toBe('en');
    expect(parseLang('fr')).toBeNull();
  });
});
