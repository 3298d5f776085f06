/**
 * Main-thread cost of one slider step, from a DevTools trace. Two pages are open side by side:
 * the app and a bare `<input type=range>`. They take turns in blocks of a few steps, so both see
 * the same machine load while each is stepped at the pace of a held arrow key; the bare page's
 * cost is the cost of driving a page at all (key dispatch, the frame wait, the harness's own
 * protocol calls, the native slider).
 *
 * Per step: press an arrow key on the focused slider, then wait until two animation frames have
 * run. What the step costs is read from the trace afterwards (see trace.ts): the page's
 * renderer main thread's tasks from the key event to the committed frame, and separately the
 * tasks after it until the next key event.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { openProbedPage } from '../../tests/browser/browser';
import { stepCosts, type StepCost } from './trace';

export type { StepCost };

export interface SliderRun {
  app: StepCost[];
  bare: StepCost[];
  errors: string[];
}

const WARMUP = 20;
/** Steps per turn: long enough for a natural pace, short enough to share the load's swings. */
export const BLOCK = Number(process.env.BENCH_BLOCK ?? 10);
const APP_MARK = 'ae-bench-app';
const BARE_MARK = 'ae-bench-bare';
const BARE_PAGE =
  '<!doctype html><meta name="viewport" content="width=device-width">' +
  '<input type="range" min="0" max="1" step="0.01" value="0.5" aria-label="bare">';

/** Everything the main thread does for a frame, in the categories the report prints. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
];

const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

/** A page with its slider focused, and a function that steps it, bouncing between the ends. */
interface Driven {
  page: Page;
  errors: string[];
  step(): Promise<void>;
  close(): Promise<void>;
}

async function openSliderPage(browser: Browser, url: string | null): Promise<Driven> {
  const { page, errors, close } = await openProbedPage(browser, {
    viewport: { width: 1280, height: 800 },
  });
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
  const [min, max, step, start] = await slider.evaluate((el: HTMLInputElement) => [
    Number(el.min || 0),
    Number(el.max || 100),
    Number(el.step === 'any' ? 0.01 : el.step || 1),
    Number(el.value),
  ]);
  await slider.focus();
  // Tracked here rather than read back each step: one protocol round trip less per step.
  let index = Math.round((start - min) / step);
  const last = Math.floor((max - min) / step + 1e-9);
  let dir = 1;
  return {
    page,
    errors,
    close,
    async step() {
      if (index + dir > last || index + dir < 0) dir = -dir;
      index += dir;
      await page.keyboard.press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
      await twoFrames(page);
    },
  };
}

/** Steps `a` and `b` `n` times each, `block` steps at a time: both see the same machine load. */
export async function takeTurns(
  a: { step(): Promise<void> },
  b: { step(): Promise<void> },
  n: number,
  block: number,
): Promise<void> {
  for (let i = 0; i < n; i += block) {
    for (let j = i; j < Math.min(n, i + block); j++) await a.step();
    for (let j = i; j < Math.min(n, i + block); j++) await b.step();
  }
}

/**
 * Steps the app's α slider and a bare range input `steps` times each, taking turns, after a
 * warm-up, under one trace; returns each page's per-step costs.
 */
export async function sliderSteps(
  browser: Browser,
  appUrl: string,
  steps: number,
): Promise<SliderRun> {
  const app = await openSliderPage(browser, appUrl);
  const bare = await openSliderPage(browser, null);
  try {
    const turns = (n: number) => takeTurns(app, bare, n, BLOCK);
    await turns(WARMUP);
    await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
    // A marker in each page's main thread tells the two renderer processes apart in the trace.
    await app.page.evaluate((m) => console.timeStamp(m), APP_MARK);
    await bare.page.evaluate((m) => console.timeStamp(m), BARE_MARK);
    // One step more than measured: a step's window ends at the next step's key event.
    await turns(steps + 1);
    const raw = await browser.stopTracing();
    // Open it in DevTools' Performance panel (or ui.perfetto.dev) to see a step in detail.
    if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, raw);
    const trace = JSON.parse(raw.toString('utf8')) as unknown;
    return {
      app: stepCosts(trace, APP_MARK),
      bare: stepCosts(trace, BARE_MARK),
      errors: [...app.errors, ...bare.errors],
    };
  } finally {
    await app.close();
    await bare.close();
  }
}
