import { describe, expect, it } from 'vitest';
import { appURL, setupBrowser } from './helpers';

const browser = setupBrowser();

describe('page load', () => {
  it.each([
    ['defaults', ''],
    ['a parametrised function with comparisons', '?fn=leaky_relu&alpha=0.2&cmp=relu,elu,gelu'],
    ['the other language and theme', '?lang=zh-CN&theme=dark'],
  ])('loads %s with no console errors or page errors', async (_label, query) => {
    const { page, errors } = await browser.open();
    // Not waiting for a curve on purpose: this test is about errors, the others about content.
    // networkidle lets effects, lazy chunks and fonts settle before judging.
    await page.goto(appURL(query), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.getElementById('root')?.childElementCount);
    expect(errors).toEqual([]);
  });
});
