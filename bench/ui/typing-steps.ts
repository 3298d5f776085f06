/**
 * Main-thread cost of typing one character into the custom formula's field until its new curve
 * is on screen (issue 13: p95 ≤ 16 ms CPU at 1280 px). Like slider-steps.ts: the app and a bare
 * `<input type=text>` take turns under one DevTools trace, and the bare page's cost (driving a
 * page at all) is subtracted quantile from quantile.
 *
 * The editor compiles 60 ms after the last keystroke (FormulaEditor's debounce), so a step
 * waits past that and two frames, and its cost is everything from the key event to the next
 * step: the key's frame plus the later tasks (the debounced compile, the model, the new paths).
 * Steps alternate between typing "2" at the end of `…*1` and deleting it, so every step changes
 * the curve (×12 ↔ ×1).
 */
import type { Browser, Page } from 'playwright-core';
import { openProbedPage } from '../../tests/browser/browser';
import { takeTurns } from './slider-steps';
import { stepCosts, type StepCost } from './trace';

export const TYPING_QUERY = '?fn=custom&expr=x*sigmoid(b*x)*1&cmp=relu';
const WARMUP = 10;
const BLOCK = 5;
const APP_MARK = 'ae-bench-type-app';
const BARE_MARK = 'ae-bench-type-bare';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
];

const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((r) =>
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => r())), 120),
      ),
  );

async function openTyping(browser: Browser, url: string | null) {
  const { page, errors, close } = await openProbedPage(browser, {
    viewport: { width: 1280, height: 800 },
  });
  if (url) await page.goto(url, { waitUntil: 'networkidle' });
  else await page.setContent('<!doctype html><input type="text" aria-label="bare" value="x*1">');
  const field = page.getByRole('textbox', { name: url ? /^Formula f\(x\)/ : 'bare' });
  await field.waitFor({ timeout: 30_000 });
  await field.focus();
  await page.keyboard.press('End');
  let typed = false;
  return {
    page,
    errors,
    close,
    async step() {
      await page.keyboard.press(typed ? 'Backspace' : '2');
      typed = !typed;
      await settle(page);
    },
  };
}

export interface TypingRun {
  app: StepCost[];
  bare: StepCost[];
  errors: string[];
}

export async function typingSteps(browser: Browser, appUrl: string, steps: number) {
  const app = await openTyping(browser, appUrl);
  const bare = await openTyping(browser, null);
  try {
    const turns = (n: number) => takeTurns(app, bare, n, BLOCK);
    await turns(WARMUP);
    await browser.startTracing(undefined, { categories: CATEGORIES });
    await app.page.evaluate((m) => console.timeStamp(m), APP_MARK);
    await bare.page.evaluate((m) => console.timeStamp(m), BARE_MARK);
    await turns(steps + 1);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as unknown;
    return {
      app: stepCosts(trace, APP_MARK),
      bare: stepCosts(trace, BARE_MARK),
      errors: [...app.errors, ...bare.errors],
    } satisfies TypingRun;
  } finally {
    await app.close();
    await bare.close();
  }
}
