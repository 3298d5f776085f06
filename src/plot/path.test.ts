import { describe, expect, it } from 'vitest';
import type { Curve } from '../math';
import { curvePath, fromPx, PX_LIMIT, TOLERANCE_PX, toPx, type Linear } from './path';

function curve(x: number[], y: number[], start?: number[]): Curve {
  const s = new Uint8Array(x.length);
  s[0] = 1;
  for (const i of start ?? []) s[i] = 1;
  return { x: Float64Array.from(x), y: Float64Array.from(y), start: s };
}

const sx: Linear = { domain: [0, 10], range: [0, 100] };
const sy: Linear = { domain: [0, 10], range: [100, 0] };

describe('curvePath', () => {
  it('draws one polyline for one segment, straight runs reduced to their ends', () => {
    expect(curvePath(curve([0, 5, 10], [0, 5, 10]), sx, sy)).toBe('M0,100L100,0');
    expect(curvePath(curve([0, 5, 10], [0, 5, 9]), sx, sy, 10, 0)).toBe('M0,100L50,50L100,10');
  });

  it('keeps a kink exactly where the samples put it', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i / 10);
    const d = curvePath(
      curve(
        xs,
        xs.map((x) => (x > 4 ? x - 4 : 0)),
      ),
      sx,
      sy,
    );
    expect(d).toBe('M0,100L40,100L100,40');
  });

  it('stays within the tolerance of every sample of a curved line', () => {
    const xs = Array.from({ length: 2001 }, (_, i) => i / 200);
    const ys = xs.map((x) => 5 + 4 * Math.sin(x * 1.3) * Math.exp(-x / 6));
    const sxWide: Linear = { domain: [0, 10], range: [0, 1000] };
    const syTall: Linear = { domain: [0, 10], range: [400, 0] };
    const d = curvePath(curve(xs, ys), sxWide, syTall);
    const pts = [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(pts.length).toBeLessThan(200); // from 2001
    let j = 0;
    for (let i = 0; i < xs.length; i++) {
      const px = toPx(sxWide, xs[i]!);
      const py = toPx(syTall, ys[i]!);
      while (j < pts.length - 2 && pts[j + 1]![0]! < px) j++;
      const [x1, y1] = pts[j]!;
      const [x2, y2] = pts[j + 1]!;
      const onLine = y1! + ((y2! - y1!) * (px - x1!)) / (x2! - x1!);
      expect(Math.abs(onLine - py)).toBeLessThan(TOLERANCE_PX + 0.1);
    }
  });

  it('breaks at start flags: a jump is M, not L', () => {
    const d = curvePath(curve([0, 5, 5, 10], [0, 0, 10, 10], [2]), sx, sy);
    expect(d).toBe('M0,100L50,100M50,0L100,0');
  });

  it('draws a vertical step inside a segment as it is', () => {
    expect(curvePath(curve([0, 5, 5, 10], [0, 0, 10, 10]), sx, sy)).toBe(
      'M0,100L50,100L50,0L100,0',
    );
  });

  it('breaks at non-finite values and never emits NaN or Infinity', () => {
    const d = curvePath(curve([0, 2, 4, 6, 8, 9], [1, NaN, 3, Infinity, 5, 5]), sx, sy);
    expect(d).toBe('M0,90M40,70M80,50L90,50');
    expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('clamps far-away points instead of emitting huge numbers', () => {
    const d = curvePath(curve([0, 10], [0, 1e300]), sx, sy);
    expect(d).toBe(`M0,100L100,${-PX_LIMIT}`);
  });

  it('rounds to the requested precision and drops repeated points', () => {
    const d = curvePath(curve([0, 0.001, 1 / 3], [0, 0, 1 / 3]), sx, sy, 10, 0);
    expect(d).toBe('M0,100L3.3,96.7');
    expect(curvePath(curve([1 / 3], [0]), sx, sy, 100)).toBe('M3.33,100');
  });

  it('returns an empty string for an empty curve or a degenerate scale', () => {
    expect(curvePath(curve([], []), sx, sy)).toBe('');
    expect(curvePath(curve([1], [1]), { domain: [1, 1], range: [0, 100] }, sy)).toBe('');
  });
});

describe('toPx / fromPx', () => {
  it('are inverse', () => {
    expect(toPx(sy, 2.5)).toBe(75);
    expect(fromPx(sy, 75)).toBe(2.5);
  });
});
