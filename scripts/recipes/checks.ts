// The checks `npm run test:recipes` makes on each built recipe page, in a real Chromium: every
// figure draws its curves and follows its α slider, and the page shows none of issue 14's
// failures (console errors such as React #418 or a ReferenceError, Hugo's omitted raw HTML, an
// "Ignored …" notice from an escaped query, a CSP-refused iframe border, a dead "Open in" link).
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { AE_URL, fileFor } from './serve';

/** One check's outcome. */
export interface Finding {
  check: string;
  ok: boolean;
  detail?: string;
}

/** How many figures of each kind the recipe page holds (so a dropped figure fails too). */
export interface Expected {
  elements: number;
  components: number;
  iframes: number;
}

const CURVE = 'svg path[data-testid="plot-curve"]';
const FIGURE_TIMEOUT_MS = 30_000;

/** Polls `read` until `ok` holds or the time is up; returns the last value read. */
async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

type Scope = Locator | FrameLocator;

/** Curves drawn, then one ArrowRight on the first slider (α) redraws the main curve. */
async function drawsAndReacts(scope: Scope, name: string): Promise<Finding[]> {
  const path = scope.locator(CURVE).first();
  const d = () => path.getAttribute('d', { timeout: FIGURE_TIMEOUT_MS }).catch(() => null);
  const first = await poll(d, (v) => !!v?.includes('L'), FIGURE_TIMEOUT_MS);
  const drawn = !!first?.includes('L');
  const out: Finding[] = [{ check: `${name}: draws curves`, ok: drawn }];
  if (!drawn) return out;
  const slider = scope.locator('input[type="range"]').first();
  if ((await slider.count()) === 0) return [...out, { check: `${name}: α slider`, ok: false }];
  await slider.focus();
  await slider.press('ArrowRight');
  const after = await poll(d, (v) => v !== first, 5000);
  return [...out, { check: `${name}: follows ArrowRight on α`, ok: after !== first }];
}

/** The "Open in Activation Explorer" link leads to the explorer (a file its build serves). */
async function openLink(scope: Scope, name: string, dist: string, required: boolean) {
  const link = scope.locator('.ae-open-full a').first();
  if ((await link.count()) === 0)
    return required ? [{ check: `${name}: open link`, ok: false, detail: 'no link' }] : [];
  const href = (await link.getAttribute('href')) ?? '';
  const ok = href.startsWith(AE_URL) && !!fileFor(dist, new URL(href).pathname.slice(3));
  return [{ check: `${name}: open link resolves`, ok, detail: ok ? undefined : href }];
}

async function hostFigure(host: Locator, name: string, lang: string, dist: string, link: boolean) {
  await host.scrollIntoViewIfNeeded();
  const out = await drawsAndReacts(host, name);
  const figLang = await host.evaluate((el) =>
    (el.matches('.ae-root') ? el : el.shadowRoot?.querySelector('.ae-root'))?.getAttribute('lang'),
  );
  out.push({ check: `${name}: page's language`, ok: figLang === lang, detail: `${figLang}` });
  return [...out, ...(await openLink(host, name, dist, link))];
}

async function iframeFigure(frame: Locator, name: string): Promise<Finding[]> {
  await frame.scrollIntoViewIfNeeded();
  const scope = frame.contentFrame();
  const out = await drawsAndReacts(scope, name);
  const border = await frame.evaluate((f) => getComputedStyle(f).borderTopWidth);
  out.push({ check: `${name}: no border`, ok: border === '0px', detail: border });
  const sized = await poll(
    () => frame.evaluate((f) => (f as HTMLElement).style.height),
    (h) => h !== '',
    5000,
  );
  out.push({ check: `${name}: auto-sized`, ok: sized !== '', detail: sized || 'height unset' });
  const text = await scope
    .locator('body')
    .innerText()
    .catch(() => '');
  const notice = text.split('\n').find((line) => /Ignored|已忽略/.test(line));
  out.push({ check: `${name}: no "Ignored" notice`, ok: !notice, detail: notice });
  return out;
}

/** Runs every check on a loaded recipe page; `errors` are the page's console errors so far. */
export async function checkPage(
  page: Page,
  errors: string[],
  expected: Expected,
  dist: string,
): Promise<Finding[]> {
  const out: Finding[] = [];
  const html = await page.content();
  out.push({ check: 'no "raw HTML omitted"', ok: !html.includes('raw HTML omitted') });
  const lang = (await page.locator('html').getAttribute('lang'))?.split('-')[0] ?? 'en';
  const elements = page.locator('activation-explorer');
  // XPath does not pierce shadow roots: the React component's roots, not the elements'.
  const components = page.locator(
    'xpath=//*[contains(concat(" ", normalize-space(@class), " "), " ae-root ")]',
  );
  const iframes = page.locator(`iframe[src^="${AE_URL}embed.html"]`);
  const counts = {
    elements: await elements.count(),
    components: await components.count(),
    iframes: await iframes.count(),
  };
  for (const k of ['elements', 'components', 'iframes'] as const)
    out.push({
      check: `${expected[k]} ${k}`,
      ok: counts[k] === expected[k],
      detail: `${counts[k]}`,
    });
  for (let i = 0; i < counts.elements; i++)
    out.push(...(await hostFigure(elements.nth(i), `element ${i + 1}`, lang, dist, true)));
  for (let i = 0; i < counts.components; i++)
    out.push(...(await hostFigure(components.nth(i), `component ${i + 1}`, lang, dist, false)));
  for (let i = 0; i < counts.iframes; i++)
    out.push(...(await iframeFigure(iframes.nth(i), `iframe ${i + 1}`)));
  out.push({ check: 'no console error', ok: errors.length === 0, detail: errors.join('\n') });
  return out;
}
