// Helpers for the browser tests: where the app is, when it is ready, and how to read it back
// through roles and accessible names (never CSS classes, which are the components' business).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { messages } from '../../src/i18n/catalogue';
import { launch, openProbedPage, type ProbedPage } from './browser';
import { ROOT } from './paths';

/**
 * One browser per test file; `open()` gives a fresh context + probed page per test, closed after
 * the test whatever happens.
 */
export function setupBrowser(): { open(options?: BrowserContextOptions): Promise<ProbedPage> } {
  let browser: Browser | undefined;
  const opened: ProbedPage[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options) {
      if (!browser) throw new Error('setupBrowser(): the browser is not launched yet');
      const probed = await openProbedPage(browser, options);
      opened.push(probed);
      return probed;
    },
  };
}

/** Screenshots for humans (gitignored). */
export const SHOTS_DIR = join(ROOT, 'test-results', 'browser');

export function shotPath(name: string): string {
  mkdirSync(SHOTS_DIR, { recursive: true });
  return join(SHOTS_DIR, name);
}

/** The served app with a query string, e.g. `appURL('?fn=relu')`. */
export function appURL(query = ''): string {
  return new URL(query, inject('baseURL')).href;
}

/** A numeric field by accessible name, whether it is `type=number` or a decimal text field. */
export function numberField(page: Page, name: string | RegExp): Locator {
  return page.getByRole('spinbutton', { name }).or(page.getByRole('textbox', { name }));
}

/** The value of a numeric field as a number (accepts the U+2212 minus). */
export async function numberValue(field: Locator): Promise<number> {
  return parseShown(await field.inputValue());
}

/** The function picker; its accessible name depends on the language, so find it by role. */
export function picker(page: Page, name: string | RegExp = 'Activation function'): Locator {
  return page.getByRole('combobox', { name });
}

/** The focusable plot: the keyboard-reachable element that holds the curves. */
export function plot(page: Page): Locator {
  return page.locator('[tabindex="0"]:has(svg path)').first();
}

/**
 * The crosshair readout's live region (role="status"): what a screen reader hears. It is
 * throttled (a held arrow key must not queue a hundred announcements), so poll it.
 */
export function readout(page: Page): Locator {
  return page.getByRole('status', { name: messages.plotReadoutLabel.en });
}

/**
 * The readout as the eye sees it, updated on every step. It is `aria-hidden` (the live region
 * speaks for it), so no role reaches it: it is found by its test id.
 */
export function visibleReadout(page: Page): Locator {
  return page.getByTestId('plot-readout');
}

/** Opens `query` and waits until the controls and at least one curve are on screen. */
export async function gotoApp(page: Page, query = ''): Promise<void> {
  await page.goto(appURL(query), { waitUntil: 'load' });
  await waitForCurve(page);
}

/** Resolves once the first `svg path` with a non-empty `d` is in the document. */
export async function waitForCurve(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('svg path')).some((p) => p.getAttribute('d')),
    undefined,
    { timeout },
  );
}

/** The page's layout shifts so far, summed (layout-shift entries reach observers only). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const sum = (list: PerformanceEntryList) =>
          list.reduce((s, e) => s + (e as unknown as { value: number }).value, 0);
        // Buffered entries arrive in one callback soon after observe(); none means no shift.
        new PerformanceObserver((list) => resolve(sum(list.getEntries()))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        setTimeout(() => resolve(0), 200);
      }),
  );
}

/** The `d` of every path in the plot, in document order. */
export async function plotPaths(page: Page): Promise<string[]> {
  return plot(page)
    .locator('path')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
}

/** Parses a number as the UI prints it (U+2212 minus, ×10 exponents are not expected). */
export function parseShown(text: string): number {
  return Number(text.replace(/\u2212/g, '-').replace(/\s/g, ''));
}

const NUMBER = String.raw`[\u2212+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[\u2212+-]?\d+)?`;

/**
 * Reads `label = number` (or `label: number`) from readout text, e.g. `x` or `f′(x)`.
 * Returns NaN when the label is not there.
 */
export function readValue(text: string, label: string): number {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|[^\\p{L}′'])${escaped}\\s*[=:]\\s*(${NUMBER})`, 'u').exec(text);
  return m ? parseShown(m[1]!) : NaN;
}

/**
 * The colour actually painted behind `el`: the first ancestor (or itself) with a non-transparent
 * background, else the canvas (html/body) colour.
 */
export async function effectiveBackground(el: Locator): Promise<string> {
  return el.evaluate((node) => {
    for (let n: Element | null = node; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  });
}

/** WCAG relative luminance of a CSS `rgb()`/`rgba()` colour, 0 (black) … 1 (white). */
export function luminance(css: string): number {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) {
    // Chromium may report colour() or oklch() for some declarations; treat as unknown.
    throw new Error(`cannot read colour ${css}`);
  }
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Injects axe-core from node_modules and returns its violations on the whole document. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable one-line-per-node summary of axe violations for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}
