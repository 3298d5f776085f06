import { describe, expect, it } from 'vitest';
import { clamp, formatNumber, parseNumber } from './number';

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

describe('formatNumber', () => {
  it('round-trips doubles and drops the sign of zero', () => {
    for (const n of [0.1, 1 / 3, -1e-7, 123456789.123, 2 ** -1074])
      expect(parseNumber(formatNumber(n))).toBe(n);
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('clamp', () => {
  it('keeps values inside and moves others to the nearest end', () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, 0, 1)).toBe(0);
    expect(clamp(0.5, 0, 1)).toBe(0.5);
  });
});
