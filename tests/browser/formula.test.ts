// The custom formula in a real browser, under `Content-Security-Policy: script-src 'self'`
// (added to every response of the served build here): typing a formula draws a curve, and
// hostile formulas and parameter names — in the field, in the page's and the iframe's URL and
// in the element's attribute — give a message, run nothing, inject no markup and trip no CSP
// violation.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appURL, plotPaths, setupBrowser, waitForCurve } from './helpers';

const CSP = "script-src 'self'";

/** Sets `window.__pwned` if it ever runs: the payload of every hostile input below. */
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

const { open } = setupBrowser();

/**
 * A page whose every response from the served build carries the CSP header, with a probe
 * installed before any of its scripts: CSP violations are listed, `__pwned` stays unset unless
 * injected code runs. (Playwright's init script is exempt from the page's CSP.)
 */
async function openWithCsp(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await open();
  await page.route(`${appURL('')}**`, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': CSP },
      });
    } catch {
      // The test ended (its context closed) while a request was in flight.
    }
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, errors };
}

/** What the probe saw in `target` (a page or the iframe). */
async function probe(target: Page | Frame) {
  return target.evaluate(() => {
    const w = window as unknown as { __violations?: string[]; __pwned?: unknown };
    return {
      violations: w.__violations ?? [],
      pwned: w.__pwned ?? null,
      // Markup from the formula would be an element here (in the page or a shadow root).
      injected: [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot)]
        .filter((r): r is Document | ShadowRoot => r !== null)
        .some((r) => r.querySelector('img') !== null),
    };
  });
}

const clean = { violations: [], pwned: null, injected: false };

/** Every text of the page (and its open shadow roots), to find a message in. */
function allText(target: Page | Frame): Promise<string> {
  return target.evaluate(() =>
    [document.body, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot)]
      .filter((r) => r !== null)
      .map((r) => r!.textContent ?? '')
      .join('\n'),
  );
}

describe('custom formula under script-src self', () => {
  it('page: a formula from the URL is drawn, and typing another redraws it', async () => {
    const { page, errors } = await openWithCsp();
    await page.goto(appURL('?fn=custom&expr=x*sigmoid(b*x)&b=1.5'), { waitUntil: 'load' });
    await waitForCurve(page);
    const field = page.getByRole('textbox', { name: 'Formula f(x)' });
    await expect.poll(() => field.inputValue()).toBe('x*sigmoid(b*x)');
    const slider = page.getByRole('slider', { name: 'b (b)' });
    expect(await slider.inputValue()).toBe('1.5');
    const before = await plotPaths(page);

    await field.fill('max(0, x) + a * min(0, x)');
    await page.getByRole('slider', { name: 'a (a)' }).waitFor();
    await expect.poll(() => plotPaths(page)).not.toEqual(before);
    await expect.poll(() => page.url()).toContain('expr=max');
    expect(await probe(page)).toEqual(clean);
    expect(errors).toEqual([]);

    // The header is in force: an inline script is refused and reported (so a clean probe above
    // means no violation happened, not that none could be seen).
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inline?: number }).__inline ?? null;
    });
    expect(ran).toBeNull();
    expect((await probe(page)).violations).toEqual([expect.stringMatching(/^script-src/)]);
  });

  it('page: choosing Custom in the picker loads the engine and opens the field', async () => {
    const { page, errors } = await openWithCsp();
    await page.goto(appURL(''), { waitUntil: 'load' });
    // The default view is prerendered: choose once the app has hydrated it (it sets data-theme).
    await page.locator('.ae-root[data-theme]').waitFor();
    await page.getByRole('combobox', { name: 'Activation function' }).selectOption('custom');
    const field = page.getByRole('textbox', { name: 'Formula f(x)' });
    await field.waitFor();
    await field.fill('x^2 * (x > 0)');
    await expect.poll(() => page.url()).toContain('fn=custom');
    expect(await probe(page)).toEqual(clean);
    expect(errors).toEqual([]);
  });

  it('page: hostile formulas typed in the field give a message and run nothing', async () => {
    const { page, errors } = await openWithCsp();
    await page.goto(appURL('?fn=custom'), { waitUntil: 'load' });
    await waitForCurve(page);
    const field = page.getByRole('textbox', { name: 'Formula f(x)' });
    await field.waitFor();
    const hostile = [
      'constructor',
      '__proto__',
      'x.constructor',
      '1e309',
      'max(0, x',
      'x))',
      PAYLOAD,
      'x+'.repeat(400) + 'x',
      '('.repeat(200) + 'x' + ')'.repeat(200),
    ];
    for (const text of hostile) {
      await field.fill(text);
      await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
      const message = await page.locator(`[id="${await errorId(page)}"]`).textContent();
      expect(message, text.slice(0, 30)).toMatch(/(At character \d+|Enter a formula)/);
    }
    // The last valid formula is still drawn, and the URL still has it.
    expect(page.url()).toContain('fn=custom');
    expect(page.url()).not.toContain('onerror');
    expect(await probe(page)).toEqual(clean);
    expect(errors).toEqual([]);
  });

  it('page: hostile formula and parameter name in the URL give notices, run nothing', async () => {
    const { page, errors } = await openWithCsp();
    const q = new URLSearchParams({ fn: 'custom', expr: PAYLOAD });
    q.append(PAYLOAD, '1');
    q.append('constructor', '2');
    await page.goto(appURL(`?${q}`), { waitUntil: 'load' });
    await waitForCurve(page);
    const text = await allText(page);
    expect(text).toMatch(/formula error at character \d+/);
    expect(text).toMatch(/unknown parameter/);
    expect(await probe(page)).toEqual(clean);
    expect(errors).toEqual([]);
  });

  it('iframe view: the formula from its URL is drawn; a hostile one gives a notice', async () => {
    const { page, errors } = await openWithCsp();
    await page.goto(appURL('embed.html?fn=custom&expr=tanh(a*x)&a=2'), { waitUntil: 'load' });
    await waitForCurve(page);
    expect(await page.getByRole('slider', { name: 'a (a)' }).inputValue()).toBe('2');
    expect(await probe(page)).toEqual(clean);

    const q = new URLSearchParams({ fn: 'custom', expr: `x + ${PAYLOAD}` });
    q.append(PAYLOAD, '1');
    await page.goto(appURL(`embed.html?${q}`), { waitUntil: 'load' });
    await waitForCurve(page);
    expect(await allText(page)).toMatch(/formula error at character \d+/);
    expect(await probe(page)).toEqual(clean);
    expect(errors).toEqual([]);
  });

  it('element: the expr attribute is drawn, a hostile one warns and runs nothing', async () => {
    const { page, errors } = await openWithCsp();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    // A page of our own beside the element's file, served with the same header.
    const html =
      '<!doctype html><html lang="en"><body>' +
      '<activation-explorer id="good" fn="custom" expr="x * sigmoid(b * x)" b="2"></activation-explorer>' +
      `<activation-explorer id="bad" fn="custom" expr='${PAYLOAD}'></activation-explorer>` +
      '<script type="module" src="./activation-explorer.js"></script></body></html>';
    await page.route(appURL('formula-element.html'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': CSP },
        body: html,
      }),
    );
    await page.goto(appURL('formula-element.html'), { waitUntil: 'load' });
    const good = page.locator('#good');
    await expect
      .poll(() => good.evaluate((el) => (el as HTMLElement & { value: unknown }).value), {
        timeout: 15_000,
      })
      .toMatchObject({ fn: 'custom', expr: 'x * sigmoid(b * x)', params: { b: 2 } });
    await good.locator('svg path[d]').first().waitFor();
    // The formula field's own stylesheet is adopted into the element's shadow root.
    const editor = good.locator('.ae-formula-editor');
    await editor.waitFor();
    expect(await editor.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    await expect.poll(() => warnings.join('\n')).toMatch(/formula error at character \d+/);
    expect(
      await page
        .locator('#bad')
        .evaluate((el) => (el as HTMLElement & { value: { expr: string } }).value.expr),
    ).toBe('x * sigmoid(b * x)');
    expect(await probe(page)).toEqual(clean);
    expect(errors).toEqual([]);
  });
});

/** The id of the formula field's error region (the second id its aria-describedby names). */
async function errorId(page: Page): Promise<string> {
  const ids = await page
    .getByRole('textbox', { name: 'Formula f(x)' })
    .getAttribute('aria-describedby');
  return ids!.split(' ')[1]!;
}
