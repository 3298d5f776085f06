import { describe, expect, it } from 'vitest';
import { CANDIDATES, findChromium } from './ensure-chromium.mjs';

describe('findChromium', () => {
  it('prefers CHROME_PATH when it exists', () => {
    const r = findChromium({ CHROME_PATH: '/opt/my/chrome' }, () => true);
    expect(r).toEqual({ path: '/opt/my/chrome', source: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that does not exist instead of silently using another browser', () => {
    const r = findChromium({ CHROME_PATH: '/nope' }, (p) => p !== '/nope');
    expect(r.path).toBeNull();
    expect(r.path === null && r.reason).toContain('/nope');
  });

  it('falls back to the usual locations in order', () => {
    const second = CANDIDATES[1]!;
    const r = findChromium({}, (p) => p === second || p === CANDIDATES[4]);
    expect(r).toEqual({ path: second, source: 'usual location' });
  });

  it('reports where it looked when nothing is found', () => {
    const r = findChromium({}, () => false);
    expect(r.path).toBeNull();
    expect(r.path === null && r.reason).toContain('/usr/bin/chromium');
  });
});
