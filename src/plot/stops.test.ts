import { describe, expect, it } from 'vitest';
import { keyboardStops, nearestIndex, pointerX, stepStop } from './stops';

describe('keyboardStops', () => {
  it('is round steps, both ends and every kink, sorted and distinct', () => {
    const s = keyboardStops([-5, 5], [0, -3, 1 / 3, 99]);
    expect(s[0]).toBe(-5);
    expect(s[s.length - 1]).toBe(5);
    expect(Array.from(s)).toContain(0);
    expect(Array.from(s)).toContain(0.1);
    expect(Array.from(s)).toContain(1 / 3);
    expect(Array.from(s)).not.toContain(99);
    for (let i = 1; i < s.length; i++) expect(s[i]!).toBeGreaterThan(s[i - 1]!);
    expect(s.length).toBe(102);
  });

  it('keeps odd ends and has no −0', () => {
    const s = keyboardStops([-0.37, 2.9], [-0]);
    expect(s[0]).toBe(-0.37);
    expect(s[s.length - 1]).toBe(2.9);
    expect(Object.is(s[nearestIndex(s, 0)], -0)).toBe(false);
  });
});

describe('nearestIndex', () => {
  const s = [-1, 0, 0.5, 2];
  it('finds the closest stop', () => {
    expect(nearestIndex(s, -5)).toBe(0);
    expect(nearestIndex(s, 0.1)).toBe(1);
    expect(nearestIndex(s, 0.4)).toBe(2);
    expect(nearestIndex(s, 0.25)).toBe(1);
    expect(nearestIndex(s, 9)).toBe(3);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});

describe('stepStop', () => {
  const s = [-1, 0, 0.5, 2];
  it('steps by whole stops and clamps at the ends', () => {
    expect(stepStop(s, 0, 1)).toBe(0.5);
    expect(stepStop(s, 0, -1)).toBe(-1);
    expect(stepStop(s, 0, 10)).toBe(2);
    expect(stepStop(s, 0, -10)).toBe(-1);
  });

  it('lands on the next stop from between stops', () => {
    expect(stepStop(s, 0.1, 1)).toBe(0.5);
    expect(stepStop(s, 0.1, -1)).toBe(0);
    expect(stepStop(s, 0.4, -1)).toBe(0);
    expect(stepStop(s, 0.4, 1)).toBe(0.5);
    expect(stepStop(s, 0.5, 1)).toBe(2);
  });
});

describe('pointerX', () => {
  const range: [number, number] = [-5, 5];
  const px: [number, number] = [0, 1000]; // 0.01 per pixel
  it('snaps to a kink within 4 px', () => {
    expect(pointerX(503, range, px, [0])).toBe(0);
    expect(pointerX(497, range, px, [0])).toBe(0);
    expect(pointerX(506, range, px, [0])).toBe(0.06);
  });

  it('rounds to the pixel resolution and clamps', () => {
    expect(pointerX(123.4567, range, px, [])).toBe(-3.77);
    expect(pointerX(-40, range, px, [])).toBe(-5);
    expect(pointerX(2000, range, px, [])).toBe(5);
    expect(Object.is(pointerX(500, range, px, []), -0)).toBe(false);
  });
});
