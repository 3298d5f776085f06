/**
 * Main-thread cost of one slider step. Per step: read DevTools' cumulative task metrics, press
 * an arrow key on the focused slider, wait until two animation frames have run (so the frame
 * that shows the change has been styled, laid out and painted), read the metrics again. The
 * delta counts only time the main thread was busy, not the idle wait for vsync.
 */
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { openProbedPage } from '../../tests/browser/browser';

export interface StepCosts {
  /** All main-thread task time, ms per step. */
  task: number[];
  script: number[];
  style: number[];
  layout: number[];
}

const WARMUP = 20;
const BARE_PAGE =
  '<!doctype html><meta name="viewport" content="width=device-width">' +
  '<input type="range" min="0" max="1" step="0.01" value="0.5" aria-label="bare">';

type Metrics = Record<
  'TaskDuration' | 'ScriptDuration' | 'RecalcStyleDuration' | 'LayoutDuration',
  number
>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value])) as Metrics;
}

const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

/**
 * Steps a slider `steps` times after a warm-up, bouncing between its ends so every step really
 * changes the value. `url` null measures a bare `<input type=range>` page instead of the app.
 */
export async function sliderSteps(
  browser: Browser,
  url: string | null,
  steps: number,
): Promise<StepCosts> {
  const { page, errors, close } = await openProbedPage(browser, {
    viewport: { width: 1280, height: 800 },
  });
  try {
    let slider: Locator;
    if (url) {
      await page.goto(url, { waitUntil: 'networkidle' });
      const derivative = page.getByRole('checkbox', { name: /derivative/i });
      if ((await derivative.count()) === 1 && !(await derivative.isChecked()))
        await derivative.check();
      slider = page.getByRole('slider', { name: /alpha/ });
    } else {
      await page.setContent(BARE_PAGE);
      slider = page.getByRole('slider', { name: 'bare' });
    }
    await slider.waitFor({ timeout: 15_000 });
    const [min, max, step] = await slider.evaluate((el: HTMLInputElement) => [
      Number(el.min || 0),
      Number(el.max || 100),
      Number(el.step === 'any' ? 0.01 : el.step || 1),
    ]);
    await slider.focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const out: StepCosts = { task: [], script: [], style: [], layout: [] };
    let dir = 1;
    for (let i = 0; i < WARMUP + steps; i++) {
      const value = Number(await slider.inputValue());
      if (value + step > max + 1e-12) dir = -1;
      else if (value - step < min - 1e-12) dir = 1;
      const m0 = await metrics(cdp);
      await page.keyboard.press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
      await twoFrames(page);
      const m1 = await metrics(cdp);
      if (i < WARMUP) continue;
      const d = (k: keyof Metrics) => (m1[k] - m0[k]) * 1000;
      out.task.push(d('TaskDuration'));
      out.script.push(d('ScriptDuration'));
      out.style.push(d('RecalcStyleDuration'));
      out.layout.push(d('LayoutDuration'));
    }
    if (errors.length) console.warn(`warning: the page reported errors:\n${errors.join('\n')}`);
    return out;
  } finally {
    await close();
  }
}
