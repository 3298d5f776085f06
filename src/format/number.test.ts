import { describe, expect, it } from 'vitest';
import {
  formatExact,
  formatFunctionLabel,
  formatInterval,
  formatProse,
  formatReadout,
  formatShort,
  formatTick,
  formatTicks,
  MINUS,
  parseNumber,
} from './number';

describe('formatReadout', () => {
  it('gives 4 significant digits in the positional range', () => {
    expect(formatReadout(0.1)).toBe('0.1000');
    expect(formatReadout(1)).toBe('1.000');
    expect(formatReadout(Math.PI)).toBe('3.142');
    expect(formatReadout(0.00012346)).toBe('0.0001235');
    expect(formatReadout(123.456)).toBe('123.5');
  });

  it('keeps every integer digit below 1e6', () => {
    expect(formatReadout(12345.678)).toBe('12346');
    expect(formatReadout(999999)).toBe('999999');
  });

  it('switches to scientific below 1e-4 and from 1e6', () => {
    expect(formatReadout(1.2346e-5)).toBe('1.235e−5');
    expect(formatReadout(9.99e-5)).toBe('9.990e−5');
    expect(formatReadout(1e-4)).toBe('0.0001000');
    expect(formatReadout(1e6)).toBe('1.000e6');
    expect(formatReadout(999999.7)).toBe('1.000e6');
    expect(formatReadout(-2.5e7)).toBe(`${MINUS}2.500e7`);
  });

  it('uses U+2212 for negatives, never a hyphen', () => {
    expect(formatReadout(-0.5)).toBe('−0.5000');
    expect(formatReadout(-3e-9)).toBe('−3.000e−9');
    for (const v of [-1, -1e-7, -1e9, -0.001]) expect(formatReadout(v)).not.toContain('-');
  });

  it('writes zero of either sign and non-finite values plainly', () => {
    expect(formatReadout(0)).toBe('0');
    expect(formatReadout(-0)).toBe('0');
    expect(formatReadout(NaN)).toBe('NaN');
    expect(formatReadout(Infinity)).toBe('∞');
    expect(formatReadout(-Infinity)).toBe('−∞');
  });

  it('honours more digits when asked', () => {
    expect(formatReadout(Math.E, 6)).toBe('2.71828');
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

describe('parseNumber', () => {
  it('reads plain and scientific decimals, with either minus sign', () => {
    expect(parseNumber('0.01')).toBe(0.01);
    expect(parseNumber(' -3 ')).toBe(-3);
    expect(parseNumber('\u22125')).toBe(-5);
    expect(parseNumber('+2.5e-3')).toBe(0.0025);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('5.')).toBe(5);
  });

  it('refuses everything else', () => {
    for (const bad of [
      '',
      ' ',
      'abc',
      'NaN',
      'Infinity',
      '-Infinity',
      '1e400',
      '0x10',
      '1,5',
      '--1',
      '1e',
      '<script>',
    ])
      expect(parseNumber(bad), bad).toBeNull();
  });
});

describe('formatExact', () => {
  it('round-trips doubles and drops the sign of zero', () => {
    for (const n of [0.1, 1 / 3, -1e-7, 123456789.123, 2 ** -1074])
      expect(parseNumber(formatExact(n))).toBe(n);
    expect(formatExact(-0)).toBe('0');
  });
});

describe('formatProse', () => {
  it('uses 4 significant digits, the minus sign U+2212 and ∞', () => {
    expect(formatProse(-0.16997)).toBe('−0.17');
    expect(formatProse(1 / 3)).toBe('0.3333');
    expect(formatProse(-3)).toBe('−3');
    expect(formatProse(2e-7)).toBe('2e−7');
    expect(formatProse(1.5e6)).toBe('1.5e6');
    expect(formatProse(-Infinity)).toBe('−∞');
    expect(formatProse(-0)).toBe('0');
  });

  it('rounds integer digits too, where the readout keeps them', () => {
    expect(formatProse(123456.7)).toBe('123500');
    expect(formatReadout(123456.7)).toBe('123457');
  });

  it('writes intervals with open infinite ends', () => {
    expect(formatInterval(-Infinity, 0)).toBe('(−∞, 0]');
    expect(formatInterval(0, 1, false, false)).toBe('(0, 1)');
  });
});
