import { describe, expect, it } from 'vitest';
import { defaultState } from './defaults';
import { valueOf } from './schema';

describe('ExplorerValue', () => {
  it("carries the custom formula's fields only while a custom formula is shown", () => {
    const base = {
      ...defaultState(),
      expr: 'a * x',
      paramRanges: { a: [-5, 5] as [number, number] },
    };
    expect(Object.keys(valueOf(base))).not.toContain('expr');
    expect(Object.keys(valueOf(base))).not.toContain('paramRanges');
    const main = valueOf({ ...base, fn: 'custom', params: { a: 2 } });
    expect(main.expr).toBe('a * x');
    expect(main.paramRanges).toEqual({ a: [-5, 5] });
    const compared = valueOf({ ...base, cmp: ['custom'] });
    expect(compared.expr).toBe('a * x');
  });

  it('is a copy: changing it changes no state', () => {
    const state = {
      ...defaultState(),
      fn: 'custom',
      paramRanges: { a: [-5, 5] as [number, number] },
    };
    const v = valueOf(state);
    v.paramRanges!.a![0] = 0;
    expect(state.paramRanges.a[0]).toBe(-5);
  });
});
