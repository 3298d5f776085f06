// On a phone (375 × 667, touch), in the page, the iframe view and the element: moving the α slider
// leaves the curve in sight, the slider's track is long enough to aim with a thumb, a finger
// dragged across the plot moves the readout without scrolling the page, and every target is at
// least 44 px.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  appURL,
  describeViolations,
  layoutShift,
  readValue,
  runAxe,
  setupBrowser,
} from './helpers';

const browser = setupBrowser();

const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };

/** A host page with an article around the element, so the window scrolls past the figure. */
const ELEMENT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>An article with an explorer</title>
    <script type="module" src="/activation-explorer.js"></script>
  </head>
  <body style="margin: 0 8px">
    <main>
      <h1>Leaky ReLU</h1>
      <p style="min-height: 400px">Some text of the article before the figure.</p>
      <activation-explorer fn="leaky_relu" controls="all" lang="en"></activation-explorer>
      <p style="min-height: 900px">Some text of the article after the figure.</p>
    </main>
  </body>
</html>`;

/** Each host at phone size; `float`: the readout floats over the plot (no `readout` control). */
const VIEWS: { name: string; open(page: Page): Promise<void>; float?: boolean }[] = [
  { name: 'the page', open: (page) => page.goto(appURL('?fn=leaky_relu')).then(() => {}) },
  {
    name: 'the iframe view, all controls',
    open: (page) => page.goto(appURL('embed.html?fn=leaky_relu&controls=all')).then(() => {}),
  },
  {
    name: 'the iframe view, α slider only',
    open: (page) => page.goto(appURL('embed.html?fn=leaky_relu&controls=alpha')).then(() => {}),
    float: true,
  },
  {
    name: 'the element',
    async open(page) {
      const url = appURL('phone-article.html');
      await page.route(url, (route) =>
        route.fulfill({ contentType: 'text/html', body: ELEMENT_PAGE }),
      );
      await page.goto(url);
    },
  },
];

/** The plot's focusable frame (locators pierce the element's open shadow root). */
const frameOf = (page: Page) => page.locator('[tabindex="0"]:has(svg path)').first();

/** The main function's curve in the f panel (compared curves come first, it is drawn last). */
const mainCurve = (page: Page) => frameOf(page).locator('[data-panel="f"] path[d]').last();

/** Resolves once the plot has drawn its curves (the locator reaches into the element, too). */
const ready = (page: Page) => mainCurve(page).waitFor({ state: 'attached', timeout: 15_000 });

/** The readout as the eye sees it (textContent: the floating one is hidden while idle). */
async function readoutX(page: Page): Promise<number> {
  return readValue((await page.getByTestId('plot-readout').textContent()) ?? '', 'x');
}

/** True when the point is painted by `el` or something inside it (nothing lies on top). */
function paintsAt(el: Locator, x: number, y: number): Promise<boolean> {
  return el.evaluate(
    (node, [px, py]) => {
      const root = node.getRootNode() as Document | ShadowRoot;
      const hit = root.elementFromPoint(px!, py!);
      return hit !== null && node.contains(hit);
    },
    [x, y],
  );
}

/**
 * The main curve lies inside the viewport with nothing over it, and `control` is in sight too,
 * not under the plot.
 */
async function expectInSight(page: Page, control: Locator, what: string) {
  const curve = (await mainCurve(page).boundingBox())!;
  expect(curve.y, `curve top, ${what}`).toBeGreaterThanOrEqual(0);
  expect(curve.y + curve.height, `curve bottom, ${what}`).toBeLessThanOrEqual(667);
  expect(curve.x).toBeGreaterThanOrEqual(0);
  expect(curve.x + curve.width).toBeLessThanOrEqual(375);
  const [cx, cy] = [curve.x + curve.width / 2, curve.y + curve.height / 2];
  expect(await paintsAt(frameOf(page), cx, cy), `plot covered, ${what}`).toBe(true);
  const c = (await control.boundingBox())!;
  // 1 px of slack: Chrome leaves a control that shows all but a sub-pixel sliver where it is.
  expect(c.y + c.height, `bottom of ${what}`).toBeLessThanOrEqual(668);
  expect(await paintsAt(control, c.x + c.width / 2, c.y + c.height / 2), `${what} covered`).toBe(
    true,
  );
}

/** Drags one finger from (x0, y0) to (x1, y1) in small steps, as a learner's thumb would. */
async function touchDrag(page: Page, from: [number, number], to: [number, number]) {
  const cdp = await page.context().newCDPSession(page);
  const point = (t: number) => ({
    x: from[0] + (to[0] - from[0]) * t,
    y: from[1] + (to[1] - from[1]) * t,
  });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)] });
  for (let i = 1; i <= 12; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(i / 12)] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe.each(VIEWS)('at 375 × 667 with touch: $name', ({ open, float }) => {
  it('ArrowRight on the α slider changes the curve, in sight, above the focused slider', async () => {
    const { page, errors } = await browser.open(PHONE);
    await open(page);
    await ready(page);
    const before = await mainCurve(page).getAttribute('d');

    const slider = page.getByRole('slider', { name: /\(alpha\)/ });
    // Focus scrolls the slider into view, as Tab would: the plot is far above it in the page.
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => mainCurve(page).getAttribute('d')).not.toBe(before);

    await expectInSight(page, slider, 'the α slider');

    // The track is long enough to aim at a value with a thumb.
    expect((await slider.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    expect(errors).toEqual([]);
  });

  it('with any control focused, the curve and that control are both in sight', async () => {
    const { page, errors } = await browser.open(PHONE);
    await open(page);
    await ready(page);
    const controls = page
      .getByRole('region', { name: 'Controls' })
      .locator(':is(input, select, button, summary, a[href])');
    const n = await controls.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const control = controls.nth(i);
      const box = await control.boundingBox();
      if (!box || box.width <= 1) continue; // visually hidden
      await control.focus();
      const name = await control.evaluate((el) => `${el.localName} ${el.outerHTML.slice(0, 80)}`);
      await expectInSight(page, control, name);
    }
    expect(errors).toEqual([]);
  });

  it('a finger dragged across the plot moves the readout without scrolling; elsewhere it scrolls', async () => {
    const { page, errors } = await browser.open(PHONE);
    await open(page);
    await ready(page);
    // Start from where the previous test ended: scrolled down to the slider, the plot above it.
    await page.getByRole('slider', { name: /\(alpha\)/ }).focus();
    const box = (await mainCurve(page).boundingBox())!;
    const plotBox = (await frameOf(page).boundingBox())!;
    const y = Math.max(box.y, 0) + 40;
    const x0 = await readoutX(page);
    const scrollY = await page.evaluate(() => window.scrollY);

    // Left to right with a little downward drift, as a thumb moves: across the plot, not down.
    await touchDrag(
      page,
      [plotBox.x + plotBox.width * 0.3, y],
      [plotBox.x + plotBox.width * 0.85, y + 36],
    );

    await expect.poll(() => readoutX(page)).toBeGreaterThan(0);
    expect(await readoutX(page)).not.toBe(x0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

    // And back: the readout follows the finger to the left of zero.
    await touchDrag(
      page,
      [plotBox.x + plotBox.width * 0.85, y],
      [plotBox.x + plotBox.width * 0.25, y + 20],
    );
    await expect.poll(() => readoutX(page)).toBeLessThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    if (!float) expect(await page.getByTestId('plot-readout').isVisible()).toBe(true);

    // Beside and below the plot, a finger still scrolls the page (down the page, back up here).
    await touchDrag(page, [5, 470], [5, 640]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrollY);
    expect(errors).toEqual([]);
  });

  it('every button, field, link and checkbox is a target of at least 44 × 44 px; no axe violation', async () => {
    const { page, errors } = await browser.open(PHONE);
    await open(page);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const small = await page.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll('activation-explorer'))
        if (el.shadowRoot) roots.push(el.shadowRoot);
      const out: string[] = [];
      for (const root of roots) {
        const targets = root.querySelectorAll<HTMLElement>(
          '.ae-root :is(button, input, select, textarea, a[href], [tabindex="0"])',
        );
        for (const el of targets) {
          const b = el.getBoundingClientRect();
          // Visually hidden (1 px) and not rendered: nothing to touch.
          if (b.width <= 1 || b.height <= 1) continue;
          const name = `${el.localName}[${el.getAttribute('type') ?? ''}] "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
          if (el instanceof HTMLInputElement && el.type === 'checkbox') {
            // A small box is fine if a 44 px square around it reaches it (through its label).
            el.scrollIntoView({ block: 'center' });
            const c = el.getBoundingClientRect();
            const [cx, cy] = [c.x + c.width / 2, c.y + c.height / 2];
            for (const [dx, dy] of [
              [-21, -21],
              [21, -21],
              [-21, 21],
              [21, 21],
            ] as const) {
              const hit = root.elementFromPoint(cx + dx, cy + dy);
              const label = hit?.closest('label');
              if (hit !== el && label?.control !== el)
                out.push(`${name}: corner ${dx},${dy} misses`);
            }
          } else if (b.width < 44 || b.height < 44) {
            out.push(`${name}: ${Math.round(b.width)} × ${Math.round(b.height)}`);
          }
        }
      }
      return out;
    });
    expect(small).toEqual([]);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

// At phone width the plot is flattened into the figure's grid; the prerendered view must still
// reserve the plot's final height, so nothing moves when the app takes over.
describe('the prerendered default view at phone widths', () => {
  it.each([375, 560])('keeps still at %i px while the app takes over', async (width) => {
    const { page, errors } = await browser.open({ ...PHONE, viewport: { width, height: 800 } });
    await page.goto(appURL(), { waitUntil: 'load' });
    await page.waitForSelector('#root > .ae-root[data-theme]');
    await page.getByRole('region', { name: 'About ReLU' }).waitFor();
    expect(await layoutShift(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});
