import { describe, expect, it } from 'vitest';
import { viewParam } from './route';
import { DEMO_IDS, VIEWS, isView } from './views';

describe('viewParam', () => {
  it('is null without a view: the explorer', () => {
    expect(viewParam('')).toBeNull();
    expect(viewParam('?fn=relu&alpha=0.1')).toBeNull();
  });

  it('returns the raw value, even an unknown or empty one (the demos page reports it)', () => {
    expect(viewParam('?view=why')).toBe('why');
    expect(viewParam('?lang=en&view=dying&dying.lr=0.1')).toBe('dying');
    expect(viewParam('?view=nope')).toBe('nope');
    expect(viewParam('?view=')).toBe('');
  });
});

describe('isView', () => {
  it('knows "why" and every demo id, nothing else', () => {
    expect(VIEWS).toEqual(['why', 'cost', 'depth', 'sparsity', 'dying', 'prelu', 'distribution']);
    for (const v of VIEWS) expect(isView(v)).toBe(true);
    for (const v of ['', 'Why', 'explorer', null, undefined, 1]) expect(isView(v)).toBe(false);
    expect(DEMO_IDS).toHaveLength(6);
  });
});
