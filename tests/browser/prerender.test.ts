// The default view is prerendered into index.html (`prerender` in vite.config.ts): it must be on
// screen before any module runs, be hydrated in place, work under a strict CSP, and never show
// up where the page means something else (a shared link, a Chinese browser).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, layoutShift, picker, setupBrowser, waitForCurve } from './helpers';
import { TAKEN_OVER_PROBE } from './takeover';

const browser = setupBrowser();

/** What the page's first explorer root looked like when it entered the document. */
interface FirstRoot {
  /** `document.readyState` then: 'loading' means during parsing, before any module ran. */
  readyState: DocumentReadyState;
  lang: string | null;
  /** The text of the first curve's `d`, or null if it had none yet. */
  curve: string | null;
}

/** Runs before the page's scripts: records the first `.ae-root` put into #root, and CSP reports. */
function recordFirstRoot() {
  const w = window as unknown as {
    __first: FirstRoot | null;
    __curve: Element | null;
    __csp: string[];
  };
  w.__first = null;
  w.__curve = null;
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  const observer = new MutationObserver(() => {
    const root = document.querySelector('#root > .ae-root');
    if (!root) return;
    observer.disconnect();
    w.__curve = root.querySelector('path[data-testid="plot-curve"]');
    w.__first = {
      readyState: document.readyState,
      lang: root.getAttribute('lang'),
      curve: w.__curve?.getAttribute('d') ?? null,
    };
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function first(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __first: FirstRoot; __curve: Element | null; __csp: string[] };
    return {
      ...w.__first,
      csp: w.__csp,
      // Hydration adopts the prerendered nodes; a fresh render would have replaced them.
      sameCurve:
        w.__curve !== null && w.__curve === document.querySelector('[data-testid="plot-curve"]'),
      template: document.getElementById('ae-prerendered') !== null,
    };
  });
}

describe('prerendered default view', () => {
  it('is on screen while parsing, hydrates in place and works under a strict CSP', async () => {
    const { page, errors } = await browser.open();
    const csp =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; " +
      "object-src 'none'; base-uri 'none'";
    await page.route(appURL(), async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': csp },
      });
    });
    await page.addInitScript(recordFirstRoot);
    await page.goto(appURL(), { waitUntil: 'load' });
    // The prerendered root has no data-theme: the app sets it once it has hydrated.
    await page.waitForSelector('#root > .ae-root[data-theme]');
    const seen = await first(page);
    expect(seen).toMatchObject({ readyState: 'loading', lang: 'en', template: false, csp: [] });
    expect(seen.curve).toMatch(/^M/);
    expect(seen.sameCurve).toBe(true);
    // The controls column, held back from the first frame, is shown; nothing on screen moved
    // while the page came up (the explanations load below the fold).
    expect(await page.locator('#root').getAttribute('data-first-frame')).toBeNull();
    await page.getByRole('region', { name: 'About ReLU' }).waitFor();
    expect(await picker(page).isVisible()).toBe(true);
    expect(await layoutShift(page)).toBe(0);
    // Hydrated: a control changes the state (and so the URL) through React.
    await picker(page).selectOption('elu');
    await expect.poll(() => new URL(page.url()).searchParams.get('fn')).toBe('elu');
    expect(errors).toEqual([]);
  });

  it('hydrates its title bar and tools once interactive: in place, then they work', async () => {
    const { page, errors } = await browser.open();
    await page.addInitScript(TAKEN_OVER_PROBE);
    await page.addInitScript(() => {
      const w = window as unknown as { __header: Element | null };
      const observer = new MutationObserver(() => {
        w.__header = document.querySelector('#root .ae-header');
        if (w.__header) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(appURL(), { waitUntil: 'load' });
    await page.getByRole('region', { name: 'About ReLU' }).waitFor();
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __header: Element | null; __takenOver?: number };
      const parts = performance
        .getEntriesByType('resource')
        .filter((r) => /\/pageParts-[\w-]+\.js$/.test(r.name));
      return {
        // The prerendered title bar, hydrated: the same node, never replaced.
        sameHeader: w.__header !== null && w.__header === document.querySelector('.ae-header'),
        partsAfterTakeover: parts.map((r) => r.startTime >= (w.__takenOver ?? Infinity)),
      };
    });
    expect(seen).toEqual({ sameHeader: true, partsAfterTakeover: [true] });
    expect(await layoutShift(page)).toBe(0);
    // The language switch works, and shows Chinese only once its strings are in.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await expect.poll(() => picker(page, '激活函数').count()).toBe(1);
    expect(await page.locator('#root .ae-root').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByRole('button', { name: /^将图下载为 SVG/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it.each([320, 1000, 1440])(
    'keeps everything below the plot in place at %i px while the app takes over',
    async (width) => {
      const { page, errors } = await browser.open({ viewport: { width, height: 800 } });
      await page.addInitScript(recordFirstRoot);
      await page.goto(appURL(), { waitUntil: 'load' });
      await page.getByRole('region', { name: 'About ReLU' }).waitFor();
      // The prerendered (836 px) view was shown and hydrated, then redrawn at this width.
      expect((await first(page)).sameCurve).toBe(true);
      const svgWidth = await page
        .locator('#root svg[viewBox]')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(svgWidth).not.toBe(836);
      expect(await layoutShift(page)).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it.each([
    ['a shared link', '?fn=elu', 'en-US', 'en'],
    ['a Chinese browser', '', 'zh-CN', 'zh-CN'],
  ])('is never shown for %s: the app renders that view afresh', async (_, query, locale, lang) => {
    const { page, errors } = await browser.open({ locale });
    await page.addInitScript(recordFirstRoot);
    await page.goto(appURL(query), { waitUntil: 'load' });
    await waitForCurve(page);
    const seen = await first(page);
    // Rendered by the app (after parsing), in the right language, the template gone.
    expect(seen.readyState).not.toBe('loading');
    expect(seen).toMatchObject({ lang, template: false });
    if (query) expect(await picker(page).inputValue()).toBe('elu');
    expect(errors).toEqual([]);
  });
});

/** Where the plot is, what it draws and how the page looks: compared before and after takeover. */
interface PlotPicture {
  /** `x,y,width,height` of the SVG, the legend and the title, rounded to whole pixels. */
  svg: string;
  legend: string;
  title: string;
  curves: string[];
  legendText: string;
  lang: string;
  background: string;
  /** Whether the app had taken over (set data-theme on the explorer's root) by then. */
  takenOver: boolean;
}

/** Runs before the page's scripts: records the picture when the first curve enters #root. */
function recordFirstPicture() {
  const w = window as unknown as { __picture: () => PlotPicture; __firstPicture: PlotPicture };
  const box = (selector: string) => {
    const r = document.querySelector(`#root ${selector}`)?.getBoundingClientRect();
    return r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '';
  };
  w.__picture = () => ({
    svg: box('.ae-plot-svg'),
    legend: box('.ae-plot-legend'),
    title: box('.ae-h1'),
    curves: [...document.querySelectorAll('#root [data-testid="plot-curve"]')].map(
      (p) => p.getAttribute('d') ?? '',
    ),
    legendText: document.querySelector('#root .ae-plot-legend')?.textContent ?? '',
    lang: document.documentElement.lang,
    background: getComputedStyle(document.body).backgroundColor,
    takenOver: document.querySelector('.ae-root[data-theme]') !== null,
  });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#root [data-testid="plot-curve"]')) return;
    observer.disconnect();
    w.__firstPicture = w.__picture();
  });
  observer.observe(document, { childList: true, subtree: true });
}

describe('first frame of a view the build did not prerender', () => {
  const DARK = 'rgb(18, 20, 23)';
  it.each([
    ['compared functions', '?fn=leaky_relu&cmp=relu,elu,gelu', 'en', 1280],
    ['compared functions', '?fn=leaky_relu&cmp=relu,elu,gelu', 'en', 375],
    ['zh-CN, dark', '?lang=zh-CN&theme=dark', 'zh-CN', 1280],
    ['zh-CN, dark', '?lang=zh-CN&theme=dark', 'zh-CN', 375],
    ['a changed parameter, difference, no f′', '?fn=elu&alpha=0.3&cmp=relu&diff=1&d=0', 'en', 1000],
    // Not prerendered (it has a query), yet the default state: rendered over, never hydrated.
    ['the defaults spelled out', '?fn=relu', 'en', 1280],
  ])(
    'draws the plot of %s (%s) before the app, which keeps it in place (%s, %i px)',
    async (_, query, lang, width) => {
      const { page, errors } = await browser.open({ viewport: { width, height: 800 } });
      await page.addInitScript(recordFirstPicture);
      await page.goto(appURL(query), { waitUntil: 'load' });
      await page.waitForSelector('#root > .ae-root[data-theme]');
      await page.getByRole('region', { name: /About|关于/ }).waitFor();
      const [before, after] = await page.evaluate(() => {
        const w = window as unknown as {
          __picture: () => PlotPicture;
          __firstPicture: PlotPicture;
        };
        return [w.__firstPicture, w.__picture()];
      });
      // The first curve came before the app, already in the view's language and theme.
      expect(before.takenOver).toBe(false);
      expect(after.takenOver).toBe(true);
      expect(before.lang).toBe(lang);
      if (query.includes('dark')) expect(before.background).toBe(DARK);
      else expect(before.background).not.toBe(DARK);
      // The app drew the very same plot, legend and title in the very same boxes.
      expect(before.curves.length).toBeGreaterThan(1);
      expect({ ...before, takenOver: true }).toEqual(after);
      expect(await layoutShift(page)).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it('has its chunks compiled eagerly, those it shares with the app requested from the head', async () => {
    const text = async (path: string) => {
      const res = await fetch(appURL(path));
      expect(res.ok, path).toBe(true);
      return res.text();
    };
    const html = await text('');
    const head = html.slice(0, html.indexOf('</head>'));
    const adopt = /<script src="(\/assets\/adopt-[\w-]+\.js)"><\/script>/.exec(html)?.[1];
    // The adoption script asks for all of the first frame's chunks that the head does not link
    // at once, not one round trip after the module (src/page/firstFrame/paint.ts).
    const imported = [...(await text(adopt ?? '')).matchAll(/import\("([^"]+)"\)/g)].map(
      (m) => m[1]!,
    );
    const paint = imported.find((f) => /\/paint-[\w-]+\.js$/.test(f));
    expect(paint, 'the adoption script requests the first-frame module').toBeDefined();
    // The first frame's chunk and every chunk it imports, statically.
    const files = new Map<string, string>();
    const visit = async (file: string) => {
      if (files.has(file)) return;
      files.set(file, await text(file));
      for (const [, dep] of files.get(file)!.matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g))
        await visit(`/assets/${dep}`);
    };
    await visit(paint!);
    expect(files.size).toBeGreaterThan(2);
    const notInHead = [...files.keys()].filter((f) => f !== paint && !head.includes(`href="${f}"`));
    expect(imported.filter((f) => f !== paint).sort()).toEqual(notInHead.sort());
    // One such chunk: the math of every function (the app loads it once interactive), the plot's
    // Chinese, and the first frame's model, computed as the chunk runs (prepare.ts), while
    // paint.ts may still be on its way.
    expect(notInHead).toHaveLength(1);
    const math = files.get(notInHead[0]!)!;
    expect(math).toContain('data-first-view');
    expect(math).toContain('导数');
    for (const [file, code] of files) {
      // V8 reads the hint only on a file's first line.
      expect(code.slice(0, 40), file).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
      // The app's first chunks are linked from the head; the first frame's own are not (the
      // prerendered view would load them for nothing).
      expect(head.includes(`href="${file}"`), file).toBe(file !== paint && file !== notInHead[0]);
    }
  });

  it('has a PNG icon: an SVG one is a document built on the main thread, often before the first frame', async () => {
    const html = await (await fetch(appURL(''))).text();
    const icons = [...html.matchAll(/<link rel="icon" href="([^"]+)"[^>]*>/g)];
    expect(icons.map((m) => m[0])).toEqual([expect.stringContaining('type="image/png"')]);
    const png = new Uint8Array(await (await fetch(appURL(icons[0]![1]!.slice(1)))).arrayBuffer());
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('is dark from the first frame when the link asks for it, before any module runs', async () => {
    const { page } = await browser.open();
    // Hold the first frame's module back: the page is blank, but already dark.
    await page.route(/\/assets\/paint-[\w-]+\.js$/, () => undefined);
    await page.goto(appURL('?fn=elu&theme=dark'), { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(18, 20, 23)',
    );
  });

  it('shows the plot alone, controls hidden, while the app has not loaded', async () => {
    const { page } = await browser.open();
    // Hold the app back: the first frame is all the page has.
    await page.route(/\/assets\/start-[\w-]+\.js$/, () => undefined);
    await page.goto(appURL('?fn=elu&alpha=0.3&lang=zh-CN'), { waitUntil: 'domcontentloaded' });
    await waitForCurve(page);
    expect(await page.locator('.ae-plot-legend').textContent()).toContain('ELU (α = 0.3)');
    // The plot's Chinese comes with the first frame, before the language's chunk could load.
    expect(await page.locator('.ae-plot-legend').textContent()).toContain('实线：f(x)');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('.ae-h1').textContent()).toBe('激活函数探索器');
    // The controls are the prerendered default view's until the app renders this one.
    expect(
      await page
        .locator('.ae-controls select')
        .first()
        .evaluate((e) => e.checkVisibility()),
    ).toBe(false);
    expect(await page.locator('.ae-root[data-theme]').count()).toBe(0);
  });
});
