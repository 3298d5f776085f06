/**
 * Main-thread cost of typing one character into the custom formula's field until its new curve
 * is painted (issue 13: p95 ≤ 16 ms CPU at 1280 px). Like slider-steps.ts: the app and a bare
 * page take turns under one DevTools trace, and the bare page's cost (driving a page at all) is
 * subtracted quantile from quantile.
 *
 * What a learner waits for is the curve, so a step's cost runs from the key event to the
 * committed frame that shows the main curve's new path (a MutationObserver in the page marks
 * the change with `console.timeStamp`), whatever lies between: the key's own frame, the
 * editor's debounced compile, the model, the paths and anything else that runs before that
 * frame. Work the app leaves for after the curve (TeX, explanations, the URL, after a pause) is
 * reported on its own; each step waits long enough for it to finish, so it never lands in the
 * next step's count. A step whose curve never changed counts as missed (latency NaN).
 *
 * The bare page is a text input whose input handler redraws a one-segment `<path>` after the
 * same pause as the editor's debounce: the same key, timer, marker and frame, with nothing to
 * compute. Steps alternate between typing "2" at the end of `…*1` and deleting it, so every
 * step changes the curve (×12 ↔ ×1).
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { openProbedPage } from '../../tests/browser/browser';
import { takeTurns } from './slider-steps';
import { stepCosts, type StepCost } from './trace';

export const TYPING_QUERY = '?fn=custom&expr=x*sigmoid(b*x)*1&cmp=relu';
const WARMUP = 10;
const BLOCK = 5;
const APP_MARK = 'ae-bench-type-app';
const BARE_MARK = 'ae-bench-type-bare';
/** Stamped in the page whenever the main curve's path changes. */
const CURVE_MARK = 'ae-bench-curve';
/** The editor's debounce (FormulaEditor's TYPING_MS), mimicked by the bare page. */
const BARE_DEBOUNCE_MS = 60;
/**
 * Wait after each key: past the debounce, the curve and whatever the app defers after it
 * (pauses of about 150 ms, then an idle callback), so it is all counted in this step.
 */
const SETTLE_MS = Number(process.env.BENCH_TYPING_SETTLE_MS ?? 600);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
  ...(process.env.BENCH_CPU_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

const settle = (page: Page) =>
  page.evaluate(
    (ms) =>
      new Promise<void>((r) =>
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => r())), ms),
      ),
    SETTLE_MS,
  );

/**
 * Marks each change of the main curve's path (the f panel's first `.ae-plot-main`). Page
 * scripts are strings: tsx would wrap named inner functions in a helper the page lacks.
 */
const WATCH_CURVE = `{
  const read = () =>
    document.querySelector('path.ae-plot-main:not(.ae-plot-dashed)')?.getAttribute('d') ?? null;
  let last = read();
  new MutationObserver(() => {
    const d = read();
    if (d !== last) {
      last = d;
      console.timeStamp('${CURVE_MARK}');
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['d'],
  });
}`;

/** The bare page's "curve": a path redrawn a debounce after each input. */
const BARE_REDRAW = `{
  const input = document.querySelector('input');
  const path = document.querySelector('path');
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => path.setAttribute('d', 'M0 0L100 ' + input.value.length),
      ${BARE_DEBOUNCE_MS},
    );
  });
}`;

const BARE_PAGE =
  '<!doctype html><input type="text" aria-label="bare" value="x*1">' +
  '<svg width="100" height="100"><path class="ae-plot-main" d="M0 0L100 0" stroke="black"/></svg>';

async function openTyping(browser: Browser, url: string | null) {
  const { page, errors, close } = await openProbedPage(browser, {
    viewport: { width: 1280, height: 800 },
  });
  if (url) await page.goto(url, { waitUntil: 'networkidle' });
  else {
    await page.setContent(BARE_PAGE);
    await page.evaluate(BARE_REDRAW);
  }
  const field = page.getByRole('textbox', { name: url ? /^Formula f\(x\)/ : 'bare' });
  await field.waitFor({ timeout: 30_000 });
  await page
    .locator('path.ae-plot-main:not(.ae-plot-dashed)')
    .first()
    .waitFor({ state: 'attached' });
  await page.evaluate(WATCH_CURVE);
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
  /** `frame`: key event to the painted new curve; `later`: what comes after it. */
  app: StepCost[];
  bare: StepCost[];
  errors: string[];
}

/**
 * Types `steps` characters in each page, in turns, after a warm-up, under one trace; returns
 * each page's per-step costs. With `tracePath`, keeps the trace (open it in DevTools).
 */
export async function typingSteps(
  browser: Browser,
  appUrl: string,
  steps: number,
  tracePath?: string,
): Promise<TypingRun> {
  const app = await openTyping(browser, appUrl);
  const bare = await openTyping(browser, null);
  try {
    const turns = (n: number) => takeTurns(app, bare, n, BLOCK);
    await turns(WARMUP);
    await browser.startTracing(undefined, { categories: CATEGORIES });
    await app.page.evaluate((m) => console.timeStamp(m), APP_MARK);
    await bare.page.evaluate((m) => console.timeStamp(m), BARE_MARK);
    await turns(steps + 1);
    const raw = await browser.stopTracing();
    if (tracePath) writeFileSync(tracePath, raw);
    const trace = JSON.parse(raw.toString('utf8')) as unknown;
    return {
      app: stepCosts(trace, APP_MARK, CURVE_MARK),
      bare: stepCosts(trace, BARE_MARK, CURVE_MARK),
      errors: [...app.errors, ...bare.errors],
    };
  } finally {
    await app.close();
    await bare.close();
  }
}
