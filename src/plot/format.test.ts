import { describe, expect, it } from 'vitest';
import {
  formatFunctionLabel,
  formatNumber,
  formatShort,
  formatTick,
  formatTicks,
  MINUS,
} from './format';

describe('formatNumber', () => {
  it('gives 4 significant digits in the positional range', () => {
    expect(formatNumber(0.1)).toBe('0.1000');
    expect(formatNumber(1)).toBe('1.000');
    expect(formatNumber(Math.PI)).toBe('3.142');
    expect(formatNumber(0.00012346)).toBe('0.0001235');
    expect(formatNumber(123.456)).toBe('123.5');
  });

  it('keeps every integer digit below 1e6', () => {
    expect(formatNumber(12345.678)).toBe('12346');
    expect(formatNumber(999999)).toBe('999999');
  });

  it('switches to scientific below 1e-4 and from 1e6', () => {
    expect(formatNumber(1.2346e-5)).toBe('1.235e−5');
    expect(formatNumber(9.99e-5)).toBe('9.990e−5');
    expect(formatNumber(1e-4)).toBe('0.0001000');
    expect(formatNumber(1e6)).toBe('1.000e6');
    expect(formatNumber(999999.7)).toBe('1.000e6');
    expect(formatNumber(-2.5e7)).toBe(`${MINUS}2.500e7`);
  });

  it('uses U+2212 for negatives, never a hyphen', () => {
    expect(formatNumber(-0.5)).toBe('−0.5000');
    expect(formatNumber(-3e-9)).toBe('−3.000e−9');
    for (const v of [-1, -1e-7, -1e9, -0.001]) expect(formatNumber(v)).not.toContain('-');
  });

  it('writes zero of either sign and non-finite values plainly', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });

  it('honours more digits when asked', () => {
    expect(formatNumber(Math.E, 6)).toBe('2.71828');
  });
});

describe('formatShort', () => {
  it('drops trailing zeros', () => {
    expect(formatShort(0.1)).toBe('0.1');
    expect(formatShort(1)).toBe('1');
    expect(formatShort(1.0507009873554805)).toBe('1.0507');
    expect(formatShort(-0.25)).toBe('−0.25');
    expect(formatShort(1e-5)).toBe('1e−5');
  });
});

describe('formatTick / formatTicks', () => {
  it('uses the decimals the step needs', () => {
    expect(formatTicks([-5, -2.5, 0, 2.5, 5].map((v) => v))).toEqual([
      '−5.0',
      '−2.5',
      '0',
      '2.5',
      '5.0',
    ]);
    expect(formatTicks([-4, -2, 0, 2, 4])).toEqual(['−4', '−2', '0', '2', '4']);
    expect(formatTick(0.30000000000000004, 0.1, 1)).toBe('0.3');
  });

  it('keeps decimals for a tiny step around a moderate value', () => {
    expect(formatTicks([0.499995, 0.5, 0.500005])).toEqual(['0.499995', '0.500000', '0.500005']);
    expect(formatTicks([-0.0006, -0.0004, 0])).toEqual(['−0.0006', '−0.0004', '0']);
  });

  it('goes scientific for tiny ticks and huge values', () => {
    expect(formatTicks([-2e-5, 0, 2e-5, 4e-5])).toEqual(['−2e−5', '0', '2e−5', '4e−5']);
    expect(formatTicks([0, 5e5, 1e6, 1.5e6])).toEqual(['0', '5e5', '1e6', '1.5e6']);
  });
});

describe('formatFunctionLabel', () => {
  const alpha = { key: 'alpha', symbol: 'α', default: 0.01 };
  it('lists parameter values, defaults filled in', () => {
    expect(formatFunctionLabel('Leaky ReLU', [alpha], { alpha: 0.1 })).toBe('Leaky ReLU (α = 0.1)');
    expect(formatFunctionLabel('Leaky ReLU', [alpha], undefined)).toBe('Leaky ReLU (α = 0.01)');
    expect(formatFunctionLabel('ReLU', [], undefined)).toBe('ReLU');
  });
});
