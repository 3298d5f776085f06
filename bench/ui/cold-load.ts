/**
 * Cold loads: a fresh browser context each time (empty HTTP cache, no service worker), optional
 * CPU throttling through the DevTools protocol, and the first-curve probe from first-curve.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { FIRST_CURVE_PROBE } from './first-curve';

export interface Asset {
  path: string;
  raw: number;
  gzip: number;
  /** Requested before the first curve was painted. */
  before: boolean;
}

export interface ColdLoad {
  /** ms from navigation start to the first painted curve. */
  firstCurve: number;
  /** ms from navigation start to first-contentful-paint. */
  fcp: number;
  /** JS and CSS the page requested, in request order. */
  assets: Asset[];
}

export async function coldLoads(
  browser: Browser,
  url: string,
  n: number,
  throttle: number,
): Promise<ColdLoad[]> {
  const out: ColdLoad[] = [];
  for (let i = 0; i < n; i++) out.push(await coldLoad(browser, url, throttle, i === 0));
  return out;
}

async function coldLoad(
  browser: Browser,
  url: string,
  throttle: number,
  withAssets: boolean,
): Promise<ColdLoad> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Set before navigating; DevTools keeps emulation across the navigation's process swap
    // (the unthrottled row in the report is the check that it took effect).
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(FIRST_CURVE_PROBE);
    await page.goto(url, { waitUntil: 'load' });
    const firstCurve = await page.evaluate(
      (limit) =>
        Promise.race([
          window.__firstCurvePromise,
          new Promise<number>((_, reject) =>
            setTimeout(() => reject(new Error(`no curve painted within ${limit} ms`)), limit),
          ),
        ]),
      30_000,
    );
    // Paint entries arrive after the frame is presented, so wait for FCP rather than read it.
    const timing = await page.evaluate(async () => {
      const fcp = await new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const e = list.getEntriesByName('first-contentful-paint')[0];
          if (e) resolve(e.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 5000);
      });
      const resources = performance
        .getEntriesByType('resource')
        .map((r) => ({ name: r.name, start: r.startTime }));
      return { fcp, resources };
    });
    const assets: Asset[] = [];
    if (withAssets) {
      for (const r of timing.resources) {
        const path = new URL(r.name).pathname;
        if (!/\.(m?js|css)$/.test(path)) continue;
        const body = Buffer.from(await (await fetch(r.name)).arrayBuffer());
        assets.push({
          path,
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
          before: r.start < firstCurve,
        });
      }
    }
    return { firstCurve, fcp: timing.fcp, assets };
  } finally {
    await context.close();
  }
}
