/**
 * Cold loads: a fresh browser context each time (empty HTTP cache, no service worker), optional
 * CPU throttling through the DevTools protocol, and the first-curve probe from first-curve.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { TAKEN_OVER_PROBE } from '../../tests/browser/takeover';
import { FIRST_CURVE_PROBE, type FirstCurve } from './first-curve';

export interface Asset {
  path: string;
  raw: number;
  gzip: number;
  /** Requested before the first curve was painted. */
  before: boolean;
  /** Requested before the app had taken over the page (hydrated or rendered it). */
  beforeInteractive: boolean;
}

export interface ColdLoad {
  /** ms from navigation start until the first frame showing a curve was presented. */
  firstCurve: number;
  /** How `firstCurve` was measured (see first-curve.ts). */
  method: FirstCurve['method'];
  /** ms from navigation start until the curve was in the document. */
  inDom: number;
  /** JS and CSS the page requested, in request order. */
  assets: Asset[];
}

/** A page to load cold. */
export interface ColdView {
  url: string;
  /** List the JS and CSS its first load fetched (waits for the app to take over the page). */
  assets: boolean;
}

/**
 * `n` cold loads of each view, taken in turns (A B A B …) so that a machine whose speed drifts
 * during the run affects every view alike. One array of loads per view, in order.
 */
export async function coldLoads(
  browser: Browser,
  views: readonly ColdView[],
  n: number,
  throttle: number,
): Promise<ColdLoad[][]> {
  const out = views.map((): ColdLoad[] => []);
  for (let i = 0; i < n; i++)
    for (const [j, view] of views.entries())
      out[j]!.push(await coldLoad(browser, view.url, throttle, view.assets && i === 0));
  return out;
}

/**
 * A page in a fresh context (empty cache, 1280×800, English) with the CPU throttled `throttle`
 * times, not yet navigated. Close the context when done.
 */
export async function openColdPage(browser: Browser, throttle: number) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Set before navigating; DevTools keeps emulation across the navigation's process swap
  // (the unthrottled row in the report is the check that it took effect).
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

async function coldLoad(
  browser: Browser,
  url: string,
  throttle: number,
  withAssets: boolean,
): Promise<ColdLoad> {
  const { context, page } = await openColdPage(browser, throttle);
  try {
    await page.addInitScript(FIRST_CURVE_PROBE);
    await page.addInitScript(TAKEN_OVER_PROBE);
    await page.goto(url, { waitUntil: 'load' });
    const curve = await page.evaluate(
      (limit) =>
        Promise.race([
          window.__firstCurvePromise,
          new Promise<FirstCurve>((_, reject) =>
            setTimeout(() => reject(new Error(`no curve painted within ${limit} ms`)), limit),
          ),
        ]),
      30_000,
    );
    // The prerendered view loads the app only after its first frame: wait until it has taken
    // over, so the list below also has what the first view loads to become interactive.
    // Typesetting (KaTeX) is requested later and is not counted.
    const interactive = withAssets
      ? ((await (await page.waitForFunction(() => window.__takenOver)).jsonValue()) ?? Infinity)
      : Infinity;
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime })),
    );
    const assets: Asset[] = [];
    if (withAssets) {
      for (const r of resources) {
        const path = new URL(r.name).pathname;
        if (!/\.(m?js|css)$/.test(path)) continue;
        const body = Buffer.from(await (await fetch(r.name)).arrayBuffer());
        assets.push({
          path,
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
          before: r.start < curve.time,
          beforeInteractive: r.start < interactive,
        });
      }
    }
    return { firstCurve: curve.time, method: curve.method, inDom: curve.inDom, assets };
  } finally {
    await context.close();
  }
}
