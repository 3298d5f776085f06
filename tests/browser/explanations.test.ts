// The explanations below the plot (formulas, properties, code) load after the page has become
// interactive, without the learner having to scroll to them, and follow the chosen function and
// its parameter values.
import { describe, expect, it } from 'vitest';
import { codeSnippets } from '../../src/explain/code';
import { getActivation } from '../../src/math';
import { appURL, gotoApp, setupBrowser, waitForCurve } from './helpers';
import { TAKEN_OVER_PROBE } from './takeover';

const browser = setupBrowser();

describe('explanations', () => {
  it('load once the default view is interactive, with no scrolling, and copy the code', async () => {
    const { page, errors } = await browser.open({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.addInitScript(TAKEN_OVER_PROBE);
    await page.goto(appURL(), { waitUntil: 'load' });
    await waitForCurve(page);

    // At 1280×800 the section starts below the fold, within a screen of it: it comes unasked.
    const about = page.getByRole('region', { name: 'About ReLU' });
    await about.waitFor();
    // Its chunk was not on the way to an interactive page: requested after the app took over.
    const timing = await page.evaluate(() => ({
      takenOver: window.__takenOver ?? NaN,
      chunk: performance
        .getEntriesByType('resource')
        .filter((r) => /\/Explanations-[^/]*\.js$/.test(r.name))
        .map((r) => r.startTime),
    }));
    expect(timing.chunk).toHaveLength(1);
    expect(timing.chunk[0]).toBeGreaterThan(timing.takenOver);

    // Formulas of f and f′ as MathML, the properties, and the code for the current values.
    await expect.poll(() => about.locator('math').count()).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await about.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(
      page.viewportSize()!.height,
    );
    await expect.poll(() => about.getByText('torch.nn.ReLU()').count()).toBeGreaterThan(0);
    await about.getByRole('tab', { name: 'PyTorch' }).click();
    await about.getByRole('button', { name: 'Copy PyTorch code' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(codeSnippets(getActivation('relu')!)!.torch.trim());
    expect(errors).toEqual([]);
  });

  it('arrive when scrolled near, on a page that is never idle', async () => {
    // On a phone the section is screens below the plot and the controls.
    const { page, errors } = await browser.open({ viewport: { width: 400, height: 800 } });
    // A busy page: idle callbacks never run, so only coming near the viewport can load them.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await gotoApp(page);
    await page.waitForSelector('.ae-root[data-theme]');
    const about = page.getByRole('region', { name: 'About ReLU' });
    await page.waitForTimeout(1000);
    expect(await about.count()).toBe(0);
    await page.mouse.wheel(0, 1200);
    await about.waitFor({ timeout: 2000 });
    await expect.poll(() => about.locator('math').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  it('follow the function and its parameter values', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=elu&alpha=0.5');
    const about = page.getByRole('region', { name: 'About ELU' });
    await about.getByRole('tab', { name: 'PyTorch' }).click();
    const code = about.getByRole('tabpanel');
    await expect.poll(() => code.innerText()).toContain('torch.nn.ELU(alpha=0.5)');

    const slider = page.getByRole('slider', { name: /alpha/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const alpha = Number(await slider.inputValue());
    expect(alpha).not.toBe(0.5);
    const expected = codeSnippets(getActivation('elu')!, { alpha })!.torch;
    await expect.poll(async () => (await code.innerText()).trim()).toBe(expected.trim());
    expect(errors).toEqual([]);
  });
});
