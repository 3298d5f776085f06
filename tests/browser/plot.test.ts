// The plot is usable from the keyboard: arrow keys step the crosshair through the samples, every
// kink is a stop, so a learner can land on x = 0 and read ReLU′(0).
import { describe, expect, it } from 'vitest';
import {
  appURL,
  gotoApp,
  plot,
  readValue,
  readout,
  setupBrowser,
  visibleReadout,
  waitForCurve,
} from './helpers';

const browser = setupBrowser();

/** f′ as the readout prints it, whichever label form it uses. */
function readDerivative(text: string): number {
  for (const label of ['f′(x)', 'f′', "f'(x)"]) {
    const v = readValue(text, label);
    if (!Number.isNaN(v)) return v;
  }
  return NaN;
}

describe('plot keyboard', () => {
  it('Home then ArrowRight reaches x = 0 exactly on ReLU, where f′ reads 0', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=relu');
    await plot(page).focus();
    await page.keyboard.press('Home');
    const shownX = async () => readValue(await visibleReadout(page).innerText(), 'x');
    await expect.poll(shownX).toBe(-5);

    let x = -5;
    let text = '';
    // Bounded: even a 4,000-sample plot reaches 0 well within this many steps.
    for (let i = 0; i < 5000 && x < 0; i++) {
      await page.keyboard.press('ArrowRight');
      text = await visibleReadout(page).innerText();
      x = readValue(text, 'x');
      expect(x, `readout should show x: ${text}`).not.toBeNaN();
    }
    expect(x, `the crosshair should stop exactly at the kink: ${text}`).toBe(0);
    expect(readDerivative(text), `ReLU′(0) as PyTorch returns it: ${text}`).toBe(0);
    // The live region catches up and announces the same (it is throttled, not skipped).
    await expect.poll(async () => readValue(await readout(page).innerText(), 'x')).toBe(0);
    expect(readDerivative(await readout(page).innerText())).toBe(0);

    await page.keyboard.press('End');
    await expect.poll(shownX).toBe(5);
    expect(errors).toEqual([]);
  });

  it('a shared link: the plot the keyboard reaches is the app’s, not the first frame painted before it', async () => {
    const { page, errors } = await browser.open();
    // Hold the app back so the first frame (src/page/firstFrame) is on screen for a while.
    await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(appURL('?fn=relu'), { waitUntil: 'load' });
    await waitForCurve(page);
    // The first frame's curve is drawn, the app has not taken over yet.
    expect(await page.locator('#root[data-first-view] .ae-root:not([data-theme])').count()).toBe(1);
    await plot(page).focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => readValue(await visibleReadout(page).innerText(), 'x')).toBe(-5);
    expect(errors).toEqual([]);
  });
});
