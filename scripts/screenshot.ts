/**
 * `npm run screenshot` — retakes docs/screenshot.png for the README from the built app: Leaky ReLU
 * compared with ReLU and GELU, the crosshair on the negative side, light theme, English.
 */
import { join } from 'node:path';
import { launch, openProbedPage } from '../tests/browser/browser';
import { ROOT, buildApp, serveDist } from '../tests/browser/server';

const QUERY = '?fn=leaky_relu&alpha=0.1&cmp=relu,gelu&lang=en&theme=light';
const OUT = join(ROOT, 'docs', 'screenshot.png');

buildApp();
const served = await serveDist();
const browser = await launch();
try {
  const { page, errors } = await openProbedPage(browser, {
    viewport: { width: 1200, height: 860 },
  });
  await page.goto(new URL(QUERY, served.url).href, { waitUntil: 'networkidle' });
  const plot = page.locator('[tabindex="0"]:has(svg path)').first();
  const box = await plot.boundingBox();
  if (box) await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await page.waitForTimeout(300);
  await page.screenshot({ path: OUT });
  if (errors.length) console.warn(`the page reported errors:\n${errors.join('\n')}`);
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await served.close();
}
