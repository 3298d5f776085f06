import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { derivative, evaluate } from '../../src/math';
import { launch, openProbedPage, type ProbedPage } from './browser';
import { frameOf, openExamplePage, pathsOf, probeOf } from './embedPage';
import { appURL, gotoApp } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the example page in a fresh context that accepts downloads. */
async function openPage(): Promise<ProbedPage & { warnings: string[] }> {
  const probed = await openProbedPage(browser, { viewport: { width: 900, height: 900 } });
  const warnings: string[] = [];
  probed.page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await openExamplePage(probed.page);
  return { ...probed, warnings };
}

const alphaSlider = (scope: Locator | Page) => scope.getByRole('slider', { name: /\(alpha\)/ });

/** The element's current value (its `value` property, what `change` events report). */
function wcValue(page: Page, id: string) {
  return page
    .locator(`#${id}`)
    .evaluate((el) => (el as HTMLElement & { value: Record<string, unknown> }).value);
}

/** `#0072b2` → `rgb(0, 114, 178)`, as computed styles write colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

async function download(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
  const [d]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    button.click({ timeout: 5000 }),
  ]);
  const path = await d.path();
  return { name: d.suggestedFilename(), body: await readFile(path) };
}

describe('embedding: two iframes and two web components on one page', () => {
  it('runs under a strict CSP with no violation, no error and no storage access', async () => {
    const { page, errors, close } = await openPage();
    try {
      const csp = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      // Use every figure a little, so lazy code paths run too.
      await alphaSlider(page.locator('#wc-a')).press('ArrowRight');
      await alphaSlider(page.frameLocator('#frame-a').locator('body')).press('ArrowRight');
      await page.locator('#wc-b svg').first().hover();
      // The table of values brings its own stylesheet into the element's shadow root (a
      // constructed one: allowed under style-src 'self').
      const wcA = page.locator('#wc-a');
      await wcA.evaluate((el) => el.setAttribute('controls', 'alpha,export,readout'));
      await wcA.getByRole('button', { name: 'Show as table' }).click();
      const wrap = wcA.locator('.ae-plot-table-wrap');
      await wrap.waitFor();
      expect(await wrap.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
      expect(
        await wcA
          .locator('.ae-plot-table thead th')
          .first()
          .evaluate((el) => {
            return getComputedStyle(el).position;
          }),
      ).toBe('sticky');
      await page.waitForTimeout(300);
      const top = await probeOf(page);
      expect(top.csp).toEqual([]);
      expect(top.storage).toEqual([]);
      for (const id of ['frame-a', 'frame-b']) {
        const inner = await probeOf(await frameOf(page, id));
        expect(inner.csp, id).toEqual([]);
        expect(inner.storage, id).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows each figure with its own settings', async () => {
    const { page, close } = await openPage();
    try {
      const frameA = page.frameLocator('#frame-a').locator('body');
      const frameB = page.frameLocator('#frame-b').locator('body');
      expect(await alphaSlider(frameA).inputValue()).toBe('0.1');
      expect(await frameA.getByRole('textbox', { name: /x min/ }).count()).toBe(0);
      expect(await frameA.getByRole('combobox').count()).toBe(0);

      const b = await frameOf(page, 'frame-b');
      expect(await b.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await frameB.getByRole('combobox', { name: '激活函数' }).inputValue()).toBe('elu');
      expect(await frameB.getByRole('link', { name: /激活函数探索器/ }).count()).toBe(1);

      expect(await alphaSlider(page.locator('#wc-a')).inputValue()).toBe('0.2');
      expect(await wcValue(page, 'wc-a')).toEqual({
        fn: 'leaky_relu',
        params: { alpha: 0.2 },
        xmin: -3,
        xmax: 3,
        cmp: [],
        derivative: true,
        diff: false,
      });
      expect(await wcValue(page, 'wc-b')).toMatchObject({
        fn: 'gelu',
        xmin: -4,
        derivative: false,
      });
      const wcB = page.locator('#wc-b');
      expect(await wcB.getByRole('slider').count()).toBe(0);
      expect(await wcB.getByRole('button').count()).toBe(0);
      expect(await wcB.locator('.ae-root').getAttribute('data-theme')).toBe('dark');
      // The host page's loud CSS does not reach inside the shadow root.
      const font = await page
        .locator('#wc-a .ae-root')
        .evaluate((el) => getComputedStyle(el).fontFamily);
      expect(font).not.toContain('Comic');
    } finally {
      await close();
    }
  });

  it('moving a slider in one figure changes no other', async () => {
    const { page, close } = await openPage();
    try {
      const scopes = {
        'wc-a': page.locator('#wc-a'),
        'wc-b': page.locator('#wc-b'),
        'frame-a': page.frameLocator('#frame-a').locator('body'),
        'frame-b': page.frameLocator('#frame-b').locator('body'),
      };
      const before: Record<string, string[]> = {};
      for (const [id, scope] of Object.entries(scopes)) before[id] = await pathsOf(scope);

      const slider = alphaSlider(scopes['wc-a']);
      for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
      expect(Number(await slider.inputValue())).toBeGreaterThan(0.2);
      await expect.poll(() => pathsOf(scopes['wc-a'])).not.toEqual(before['wc-a']);
      for (const id of ['wc-b', 'frame-a', 'frame-b'] as const)
        expect(await pathsOf(scopes[id]), id).toEqual(before[id]);
      expect(await alphaSlider(scopes['frame-a']).inputValue()).toBe('0.1');

      // The element told the page at each step, then once the change settled, with its new
      // state; never under the native name `change`.
      await expect.poll(async () => (await probeOf(page)).changes.length).toBe(4);
      const { changes } = await probeOf(page);
      expect(changes.map((c) => `${c.id} ${c.type}`)).toEqual([
        ...Array<string>(3).fill('wc-a activation-explorer-input'),
        'wc-a activation-explorer-change',
      ]);
      expect(changes.at(-1)!.detail).toMatchObject({
        fn: 'leaky_relu',
        params: { alpha: Number(await slider.inputValue()) },
      });

      const frameSlider = alphaSlider(scopes['frame-a']);
      await frameSlider.press('ArrowRight');
      await expect.poll(() => pathsOf(scopes['frame-a'])).not.toEqual(before['frame-a']);
      expect(await alphaSlider(scopes['wc-a']).inputValue()).toBe(await slider.inputValue());
    } finally {
      await close();
    }
  });

  it('sizes each iframe to its content through the resize message', async () => {
    const { page, close } = await openPage();
    try {
      const sizes = async (id: string) => {
        const frame = await frameOf(page, id);
        const inner = await frame.evaluate(() => ({
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        const outer = await page.locator(`#${id}`).evaluate((f) => f.clientHeight);
        const last = (await probeOf(page)).resize.filter((r) => r.frame === id).at(-1);
        return { inner, outer, last: last?.height };
      };
      for (const id of ['frame-a', 'frame-b']) {
        await expect.poll(async () => (await sizes(id)).last ?? 0).toBeGreaterThan(300);
        await expect
          .poll(
            async () => {
              const s = await sizes(id);
              return s.outer === s.last && s.inner.scroll === s.last;
            },
            { timeout: 5000 },
          )
          .toBe(true);
        const s = await sizes(id);
        // No scrollbar inside: the whole figure shows.
        expect(s.inner.scroll).toBeLessThanOrEqual(s.inner.client);
        expect(s.inner.scrollWidth, `${id} scrolls sideways`).toBeLessThanOrEqual(
          s.inner.clientWidth,
        );
      }
      // 280 px wide still fits.
      expect(await page.locator('#frame-b').evaluate((f) => f.clientWidth)).toBe(280);

      // Hiding the derivative shrinks the content, and the iframe follows it down.
      const tall = (await sizes('frame-b')).outer;
      await page.frameLocator('#frame-b').getByRole('checkbox').first().uncheck();
      await expect.poll(async () => (await sizes('frame-b')).outer).toBeLessThan(tall);
      const s = await sizes('frame-b');
      expect(s.last).toBe(s.outer);
      expect(s.inner.scroll).toBe(s.last);
    } finally {
      await close();
    }
  });

  it('updates a web component when script changes its attributes', async () => {
    const { page, close, warnings } = await openPage();
    try {
      const wc = page.locator('#wc-a');
      const before = await pathsOf(wc);
      await wc.evaluate((el) => el.setAttribute('alpha', '0.5'));
      await expect.poll(() => alphaSlider(wc).inputValue()).toBe('0.5');
      await expect.poll(() => pathsOf(wc)).not.toEqual(before);

      await wc.evaluate((el) => el.setAttribute('alpha', 'abc'));
      expect(await alphaSlider(wc).inputValue()).toBe('0.5');
      // The notices' English loads with the first one to report (a chunk beside the element).
      await expect.poll(() => warnings.some((w) => w.includes('alpha="abc"'))).toBe(true);

      await wc.evaluate((el) => {
        el.setAttribute('fn', 'elu');
        el.setAttribute('xmin', '-2');
        el.setAttribute('derivative', '0');
      });
      await expect
        .poll(() => wcValue(page, 'wc-a'))
        .toMatchObject({ fn: 'elu', xmin: -2, xmax: 3, derivative: false });
      // A removed attribute goes back to the schema's default: f′ shown.
      await wc.evaluate((el) => el.removeAttribute('derivative'));
      await expect.poll(() => wcValue(page, 'wc-a')).toMatchObject({ derivative: true });
      // Changes made by script are not user changes: no change event.
      expect((await probeOf(page)).changes).toEqual([]);
    } finally {
      await close();
    }
  });

  it('exports the figure as SVG, PNG and CSV', async () => {
    const { page, close } = await openPage();
    try {
      const wc = page.locator('#wc-a');
      const shown = (await pathsOf(wc)).filter(Boolean);

      const svg = await download(page, wc.getByRole('button', { name: /SVG/ }));
      expect(svg.name).toBe('leaky_relu-alpha0.2.svg');
      const text = svg.body.toString('utf8');
      expect(text).not.toContain('var(');
      expect(text).not.toMatch(/href="(?!#)/);
      const parsed = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          ns: doc.documentElement.namespaceURI,
          width: Number(doc.documentElement.getAttribute('width')),
          height: Number(doc.documentElement.getAttribute('height')),
          paths: [...doc.querySelectorAll('path')].map((p) => p.getAttribute('d')),
          strokes: [...doc.querySelectorAll('path')].map((p) => p.getAttribute('stroke')),
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
      for (const d of shown) expect(parsed.paths).toContain(d);

      const box = await wc.locator('svg.ae-plot-svg').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
      });
      // The plot at its CSS size, under one legend row (20 px) and a gap (8 px).
      expect([parsed.width, parsed.height]).toEqual([box.width, box.height + 28]);
      expect(parsed.texts).toContain('Leaky ReLU (α = 0.2)');
      // The file is drawn in the colours the page shows: the main curve's stroke, as painted.
      const main = wc.locator('svg.ae-plot-svg path.ae-plot-main').first();
      const [mainD, painted] = await main.evaluate((el) => [
        el.getAttribute('d'),
        getComputedStyle(el).stroke,
      ]);
      expect(rgb(parsed.strokes[parsed.paths.indexOf(mainD)]!)).toBe(painted);

      const png = await download(page, wc.getByRole('button', { name: /PNG/ }));
      expect(png.name).toBe('leaky_relu-alpha0.2.png');
      expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([
        2 * parsed.width,
        2 * parsed.height,
      ]);

      const csv = await download(page, wc.getByRole('button', { name: /CSV/ }));
      expect(csv.name).toBe('leaky_relu-alpha0.2.csv');
      const lines = csv.body.toString('utf8').trimEnd().split('\n');
      expect(lines[0]).toBe('x,leaky_relu(alpha=0.2),d/dx leaky_relu(alpha=0.2)');
      const rows = lines.slice(1).map((l) => l.split(',').map(Number));
      expect(rows.length).toBeGreaterThan(100);
      expect(rows[0]![0]).toBe(-3);
      expect(rows.at(-1)![0]).toBe(3);
      expect(rows.some((r) => r[0] === 0)).toBe(true);
      for (const [x, f, df] of rows) {
        expect(f).toBe(evaluate('leaky_relu', x!, { alpha: 0.2 }));
        expect(df).toBe(derivative('leaky_relu', x!, { alpha: 0.2 }));
      }
    } finally {
      await close();
    }
  });

  it('gives "Embed this view" HTML that reproduces the view, by iframe and by element', async () => {
    const { page, errors, close } = await openProbedPage(browser);
    try {
      await gotoApp(page, '?fn=elu&alpha=0.5&xmin=-2&xmax=2');
      await page.getByRole('button', { name: /^Embed this view/ }).click();
      await page.getByRole('textbox', { name: /Controls to show/ }).fill('alpha,range');
      const iframeHtml = await page.getByRole('textbox', { name: 'Iframe HTML' }).inputValue();
      const elementHtml = await page
        .getByRole('textbox', { name: 'Web component HTML' })
        .inputValue();

      // The iframe's page shows the same function, parameter and range, with those controls.
      const src = /src="([^"]+)"/.exec(iframeHtml)![1]!.replace(/&amp;/g, '&');
      await page.goto(src);
      await page.locator('svg path[d]').first().waitFor({ state: 'attached' });
      expect(await alphaSlider(page).inputValue()).toBe('0.5');
      expect(await page.getByRole('textbox', { name: /x min/ }).inputValue()).toBe('-2');
      expect(await page.getByRole('combobox').count()).toBe(0);

      // The element's HTML, pasted into a page of the same site, shows it too.
      const host = appURL('examples/pasted.html');
      await page.route(host, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><body>${elementHtml}</body>`,
        }),
      );
      await page.goto(host);
      const wc = page.locator('activation-explorer');
      await wc.locator('svg path[d]').first().waitFor({ state: 'attached' });
      expect(await alphaSlider(wc).inputValue()).toBe('0.5');
      expect(await wc.getByRole('textbox', { name: /x max/ }).inputValue()).toBe('2');
      expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    } finally {
      await close();
    }
  });
});
