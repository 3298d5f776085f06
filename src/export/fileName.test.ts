import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names the function and its parameter values', () => {
    expect(exportFileName({ fn: 'leaky_relu', params: { alpha: 0.1 }, cmp: [] }, 'svg')).toBe(
      'leaky_relu-alpha0.1.svg',
    );
  });

  it('follows the given parameter order and lists compared ids', () => {
    const name = exportFileName(
      { fn: 'softplus', params: { threshold: 20, beta: 1 }, cmp: ['relu', 'gelu'] },
      'csv',
      ['beta', 'threshold'],
    );
    expect(name).toBe('softplus-beta1-threshold20-vs-relu-gelu.csv');
  });

  it('is plain for a function without parameters', () => {
    expect(exportFileName({ fn: 'relu', params: {}, cmp: [] }, 'png')).toBe('relu.png');
  });

  it('keeps negative values, drops a signed zero and unsafe characters', () => {
    expect(exportFileName({ fn: 'x', params: { a: -0.5, b: -0, c: 1e-7 }, cmp: [] }, 'svg')).toBe(
      'x-a-0.5-b0-c1e-7.svg',
    );
    expect(exportFileName({ fn: 'a/b c', params: {}, cmp: [] }, 'svg')).toBe('a_b_c.svg');
  });
});
