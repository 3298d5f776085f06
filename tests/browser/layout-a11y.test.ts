// Layout at phone width and automated accessibility checks, in both themes and languages.
import { describe, expect, it } from 'vitest';
import {
  describeViolations,
  gotoApp,
  layoutShift,
  runAxe,
  shotPath,
  setupBrowser,
} from './helpers';

const browser = setupBrowser();
const BUSY = '?fn=leaky_relu&cmp=relu,elu,gelu,silu';

describe('layout', () => {
  it.each([
    ['the default view', ''],
    ['a busy view', BUSY],
    ['Chinese', `${BUSY}&lang=zh-CN`],
  ])('%s has no horizontal scroll at 320 px', async (label, query) => {
    const { page, errors } = await browser.open({ viewport: { width: 320, height: 640 } });
    await gotoApp(page, query);
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
    }));
    await page.screenshot({
      path: shotPath(`320px-${label.replace(/\W+/g, '-')}.png`),
      fullPage: true,
    });
    expect(widths.doc).toBeLessThanOrEqual(320);
    expect(widths.body).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });

  // A shared link is not prerendered: the app draws it, and its first frame must already have
  // the plot at the size of the window, not at a guess that is corrected a frame later.
  it.each([400, 1000, 1280])(
    'a shared link draws nothing that moves afterwards, at %i px',
    async (width) => {
      const { page, errors } = await browser.open({ viewport: { width, height: 800 } });
      await gotoApp(page, '?fn=elu&alpha=0.5');
      await page.waitForTimeout(300);
      expect(await layoutShift(page)).toBe(0);
      expect(errors).toEqual([]);
    },
  );
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['light', `${BUSY}&theme=light`],
    ['dark', `${BUSY}&theme=dark`],
    ['zh-CN', `${BUSY}&lang=zh-CN`],
    ['zh-CN dark', `${BUSY}&lang=zh-CN&theme=dark`],
    ['with the URL notice', '?fn=nope&alpha=abc'],
    // The embed view lives in other people's pages: its own document must be clean too.
    ['embed view, all controls', 'embed.html?fn=leaky_relu&cmp=relu&controls=all'],
    [
      'embed view, no controls, zh-CN dark',
      'embed.html?fn=gelu&controls=none&lang=zh-CN&theme=dark',
    ],
  ])('%s: no violations', async (_label, query) => {
    const { page, errors } = await browser.open();
    await gotoApp(page, query);
    await page.waitForLoadState('networkidle');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
