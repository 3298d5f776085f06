// Language and theme come from the URL, else from the browser; both are visible on the page.
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/catalogue';
import { zh } from '../../src/i18n/zh';
import { effectiveBackground, gotoApp, luminance, picker, shotPath, setupBrowser } from './helpers';

const browser = setupBrowser();
const QUERY = '?fn=leaky_relu&cmp=relu,elu';

describe('language', () => {
  it('?lang=zh-CN shows Chinese', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, `${QUERY}&lang=zh-CN`);
    const label = zh.pickerLabel;
    await expect.poll(() => picker(page, label).count()).toBe(1);
    expect(
      await picker(page, label).evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
    ).toBe('zh-CN');
    expect(await page.getByText(zh.showDerivative).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('?lang=en shows English even in a Chinese browser', async () => {
    const { page, errors } = await browser.open({ locale: 'zh-CN' });
    await gotoApp(page, `${QUERY}&lang=en`);
    await expect.poll(() => picker(page, messages.pickerLabel.en).count()).toBe(1);
    expect(await picker(page).evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(
      'en',
    );
    expect(errors).toEqual([]);
  });

  it('without lang, follows the browser language', async () => {
    const { page } = await browser.open({ locale: 'zh-CN' });
    await gotoApp(page, QUERY);
    await expect.poll(() => picker(page, zh.pickerLabel).count()).toBe(1);
  });
});

describe('theme', () => {
  /** Luminance of what is painted behind the function picker (the explorer's background). */
  async function background(page: import('playwright-core').Page): Promise<number> {
    return luminance(await effectiveBackground(picker(page)));
  }

  it('?theme=dark is dark and ?theme=light is light, whatever the system says', async () => {
    const dark = await browser.open({ colorScheme: 'light' });
    await gotoApp(dark.page, `${QUERY}&theme=dark`);
    expect(await background(dark.page)).toBeLessThan(0.1);
    await dark.page.screenshot({ path: shotPath('theme-dark.png'), fullPage: true });

    const light = await browser.open({ colorScheme: 'dark' });
    await gotoApp(light.page, `${QUERY}&theme=light`);
    expect(await background(light.page)).toBeGreaterThan(0.6);
    await light.page.screenshot({ path: shotPath('theme-light.png'), fullPage: true });

    expect([...dark.errors, ...light.errors]).toEqual([]);
  });

  it('without theme, follows the system colour scheme', async () => {
    const { page } = await browser.open({ colorScheme: 'light' });
    await gotoApp(page, QUERY);
    expect(await background(page)).toBeGreaterThan(0.6);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page)).toBeLessThan(0.1);
  });

  it('a dark system scheme from the first paint gives the dark theme', async () => {
    const { page } = await browser.open({ colorScheme: 'dark' });
    await gotoApp(page, QUERY);
    expect(await background(page)).toBeLessThan(0.1);
  });
});
