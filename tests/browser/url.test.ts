// A shared link restores the exact view; a broken link still gives a working page and says what
// it ignored.
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/math';
import { gotoApp, numberField, numberValue, picker, plotPaths, setupBrowser } from './helpers';
import type { Page } from 'playwright-core';

const browser = setupBrowser();

/** The sorted `key=value` pairs of the explorer's query, for order-insensitive comparison. */
function queryPairs(href: string): string[] {
  return [...new URL(href).searchParams].map(([k, v]) => `${k}=${v}`).sort();
}

describe('URL state', () => {
  it('restores the exact state from a shared URL', async () => {
    const { page, errors } = await browser.open();
    const query = '?fn=leaky_relu&alpha=0.2&xmin=-3&xmax=2.5&cmp=relu,elu&d=0';
    await gotoApp(page, query);

    await expect.poll(() => picker(page).inputValue()).toBe('leaky_relu');
    expect(Number(await page.getByRole('slider', { name: /alpha/ }).inputValue())).toBe(0.2);
    expect(await numberValue(numberField(page, /alpha/))).toBe(0.2);
    expect(await numberValue(numberField(page, /x min/))).toBe(-3);
    expect(await numberValue(numberField(page, /x max/))).toBe(2.5);
    expect(await page.getByRole('checkbox', { name: /derivative/i }).isChecked()).toBe(false);
    // Each compared function is listed with a control to remove it (names from the catalogue).
    for (const name of ['ReLU', 'ELU']) {
      await expect
        .poll(() => page.getByRole('button', { name: `Remove ${name} from comparison` }).count())
        .toBe(1);
    }
    // Nothing was lost or rewritten: the page's own URL still says the same thing.
    expect(queryPairs(page.url())).toEqual(queryPairs(new URL(query, page.url()).href));
    expect(errors).toEqual([]);
  });

  it('gives a link that reopens exactly the view a user built with the controls', async () => {
    const a = await browser.open();
    await gotoApp(a.page, '?fn=leaky_relu');
    await a.page.getByRole('slider', { name: /alpha/ }).focus();
    for (let i = 0; i < 3; i++) await a.page.keyboard.press('ArrowRight');
    const xmax = numberField(a.page, /x max/);
    await xmax.fill('3.5');
    await xmax.press('Enter');
    await a.page.getByRole('checkbox', { name: /derivative/i }).uncheck();
    await a.page.getByRole('combobox', { name: 'Function to compare' }).selectOption('elu');
    await a.page.getByRole('button', { name: 'Add ELU to comparison' }).click();
    await expect.poll(() => new URL(a.page.url()).searchParams.get('cmp')).toBe('elu');

    const b = await browser.open();
    await gotoApp(b.page, new URL(a.page.url()).search);
    const view = async (page: Page) => ({
      fn: await picker(page).inputValue(),
      alpha: await page.getByRole('slider', { name: /alpha/ }).inputValue(),
      xmax: await numberValue(numberField(page, /x max/)),
      derivative: await page.getByRole('checkbox', { name: /derivative/i }).isChecked(),
      compared: await page.getByRole('button', { name: /^Remove .* from comparison$/ }).count(),
      paths: await plotPaths(page),
    });
    const [va, vb] = [await view(a.page), await view(b.page)];
    expect(va).toMatchObject({ fn: 'leaky_relu', xmax: 3.5, derivative: false, compared: 1 });
    expect(vb).toEqual(va);
    expect(b.page.url()).toBe(a.page.url());
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('shows the defaults and a notice naming every ignored parameter for a malformed URL', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=nope&alpha=abc&xmin=5&xmax=1&lang=xx&cmp=relu,zzz');

    expect(await picker(page).inputValue()).toBe('relu');
    expect(await numberValue(numberField(page, /x min/))).toBe(-5);
    expect(await numberValue(numberField(page, /x max/))).toBe(5);
    // lang=xx is ignored, so the browser's language (en-US here) wins.
    expect(await picker(page).evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(
      'en',
    );

    const notice = page.getByRole('status').filter({ hasText: /nope/ });
    await expect.poll(() => notice.isVisible()).toBe(true);
    const text = await notice.innerText();
    for (const param of ['fn', 'alpha', 'xmin', 'xmax', 'lang', 'cmp']) {
      expect(text, `notice should name ${param}`).toMatch(new RegExp(`\\b${param}\\b`));
    }
    expect(text).toContain('zzz');
    expect(errors).toEqual([]);
  });

  it('clamps an out-of-range parameter and says so', async () => {
    const alpha = getActivation('leaky_relu')?.params.find((p) => p.key === 'alpha');
    expect(alpha, 'leaky_relu has an alpha parameter').toBeDefined();
    const tooBig = alpha!.max * 10 + 1;
    const { page, errors } = await browser.open();
    await gotoApp(page, `?fn=leaky_relu&alpha=${tooBig}`);

    expect(Number(await page.getByRole('slider', { name: /alpha/ }).inputValue())).toBe(alpha!.max);
    const notice = page.getByRole('status').filter({ hasText: String(tooBig) });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/\balpha\b/);
    expect(errors).toEqual([]);
  });
});
