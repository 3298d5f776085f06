// The "Why ReLU works" demos in real Chromium: each renders from a URL with settings, runs in
// its worker, keeps the page responsive while training, pauses and resets, and passes axe.
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/math';
import {
  appURL,
  describeViolations,
  runAxe,
  setupBrowser,
  shotPath,
  type AxeViolation,
} from './helpers';
import { ROOT } from './paths';

const browser = setupBrowser();

/** Generous: the machine running these may be busy; nothing here asserts on speed. */
const SLOW = { timeout: 30_000 };

/** Opens a demos URL and waits until every panel on it has rendered its controls. */
async function gotoDemos(page: Page, query: string): Promise<void> {
  await page.goto(appURL(query), { waitUntil: 'load' });
  await page.getByRole('region').first().waitFor(SLOW);
}

/** The training step counter ("Training · Step 123 of 2000") as a number. */
async function stepCount(page: Page): Promise<number> {
  const text = await page.getByTestId('train-step').innerText();
  return Number(/(\d+) (?:of|\/)/.exec(text)![1]);
}

const summary = (page: Page, demo: string) => page.getByTestId(`summary-${demo}`);

/**
 * axe inside the embed view's frame, without the rules about whole pages (one `main`, an `h1`):
 * the embedding page provides those around the iframe.
 */
async function runAxeInFrame(frame: Frame): Promise<AxeViolation[]> {
  await frame.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  return frame.evaluate(async () => {
    type Axe = { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const rules = {
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    };
    const { violations } = await axe.run(document, { rules });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

describe('demos from a URL', () => {
  it.each([
    ['every demo', '?view=why', 6],
    ['cost', '?view=cost&cost.fn=elu,gelu', 1],
    ['depth', '?view=depth&depth.layers=12', 1],
    ['sparsity', '?view=sparsity&sparsity.sigma=2', 1],
    ['dying', '?view=dying&dying.units=16', 1],
    ['prelu', '?view=prelu&prelu.alpha=shared', 1],
    ['distribution', '?view=distribution&distribution.source=layer&distribution.fanIn=4', 1],
  ])('%s renders with its settings, no console errors', async (_label, query, regions) => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, query);
    await expect.poll(() => page.getByRole('region').count(), SLOW).toBe(regions);
    await page.waitForLoadState('networkidle');
    expect(await page.title()).toBe('Why ReLU works — Activation Explorer');
    // The settings from the URL are the controls' values, and the URL keeps them.
    for (const [key, value] of new URLSearchParams(query)) {
      expect(new URL(page.url()).searchParams.get(key)).toBe(value);
    }
    expect(errors).toEqual([]);
  });

  it('depth: computes from the URL, and a slider recomputes and rewrites the URL', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=depth&depth.layers=40&depth.fn=relu,sigmoid');
    await expect.poll(() => summary(page, 'depth').innerText(), SLOW).toMatch(/layer 40 \(/);
    const text = await summary(page, 'depth').innerText();
    expect(text).toMatch(/^ReLU: the gradient at layer 1 is [\d.]+ times the one at layer 40/);
    // Sigmoid's gradient vanishes through 40 layers: orders of magnitude, written with U+2212.
    expect(text).toMatch(/Sigmoid: the gradient at layer 1 is [\d.]+e−\d+ times/);
    await expect.poll(() => page.getByTestId('depth-grad-line').count()).toBe(2);
    // Each function is drawn as the band of its 8 networks around their median.
    expect(await page.getByTestId('depth-band').count()).toBe(2);
    await page
      .getByRole('region')
      .first()
      .screenshot({ path: shotPath('demos-depth.png') });
    const slider = page.getByRole('slider', { name: 'Depth (hidden layers)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('depth.layers')).toBe('41');
    await expect.poll(() => summary(page, 'depth').innerText(), SLOW).toMatch(/layer 41 \(/);
    expect(errors).toEqual([]);
  });

  it('sparsity: the share of exact zeros sits next to Φ(−μ/σ), and follows μ', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=sparsity&sparsity.mu=0.5&sparsity.fn=relu,gelu');
    const phi = (mu: number) => `expected ${(100 * normalCdf(-mu)).toFixed(1)} %`;
    await expect.poll(() => summary(page, 'sparsity').innerText(), SLOW).toContain(phi(0.5));
    expect(await summary(page, 'sparsity').innerText()).toContain('GELU: 0 % of outputs');
    await expect(page.getByTestId('sparsity-spike').count()).resolves.toBe(1);
    const mu = page.getByRole('slider', { name: 'Mean μ' });
    await mu.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => summary(page, 'sparsity').innerText(), SLOW).toContain(phi(0.4));
    // The address bar follows a moment later (its writes are debounced).
    await expect.poll(() => new URL(page.url()).searchParams.get('sparsity.mu')).toBe('0.4');
    expect(errors).toEqual([]);
  });

  it('distribution: spike, moments beside their exact values, and layers by keyboard', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=distribution&distribution.fn=relu,elu,selu&distribution.layers=8');
    await expect
      .poll(() => summary(page, 'distribution').innerText(), SLOW)
      .toContain('through all 8 layers');
    const text = await summary(page, 'distribution').innerText();
    expect(text).toMatch(/^ReLU: mean 0\.\d+, variance 0\.\d+, \d+\.\d % exactly 0/);
    expect(text).toContain('ELU’s expected output 0.1605 is closer to 0 than ReLU’s 0.3989');
    await expect(page.getByTestId('sparsity-spike').count()).resolves.toBe(1);
    await expect(page.getByRole('columnheader', { name: 'Closed form' }).count()).resolves.toBe(1);
    const layers = page.getByRole('slider', { name: 'Layers L' });
    await layers.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => summary(page, 'distribution').innerText(), SLOW)
      .toContain('through all 9 layers');
    await expect.poll(() => new URL(page.url()).searchParams.get('distribution.layers')).toBe('9');
    await page.getByRole('combobox', { name: /^Initialisation/ }).selectOption('he');
    await expect
      .poll(() => summary(page, 'distribution').innerText(), SLOW)
      .toContain('SELU’s outputs leave mean 0');
    expect(errors).toEqual([]);
  });

  it('cost: runs the benchmark in the worker with a progress bar', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=cost&cost.size=65536&cost.fn=elu,sigmoid');
    await page.getByRole('button', { name: 'Run benchmark' }).click();
    // Seven timed runs of ≥ 20 ms per kernel: long enough for the bar to be seen.
    await page.getByRole('progressbar', { name: 'Benchmark progress' }).waitFor(SLOW);
    await summary(page, 'cost').waitFor({ timeout: 60_000 });
    const text = await summary(page, 'cost').innerText();
    expect(text).toMatch(/ReLU: f [\d.]+ ns per element \(1× ReLU\)/);
    expect(text).toMatch(/ELU: f [\d.]+ ns per element \([\d.]+× ReLU\)/);
    expect(text).toMatch(/Sigmoid: f/);
    expect(await page.getByRole('button', { name: 'Run benchmark' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('training', () => {
  it('dying: plays, stays responsive while training, pauses and resets', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=dying&dying.lr=0.1&dying.steps=19000');
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), SLOW).toBe(true);
    await expect.poll(() => summary(page, 'dying').innerText(), SLOW).toMatch(/after 0 steps/);
    await play.click();
    await expect.poll(() => stepCount(page), SLOW).toBeGreaterThan(0);

    // While the worker trains, the keyboard still moves a slider at once, and training goes on.
    const steps = page.getByRole('slider', { name: 'Training steps' });
    await steps.focus();
    const before = await stepCount(page);
    await page.keyboard.press('ArrowRight');
    expect(await steps.inputValue()).toBe('19100');
    await expect.poll(() => stepCount(page), SLOW).toBeGreaterThan(before);
    await expect.poll(() => page.getByTestId('train-step').innerText()).toMatch(/of 19100$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('dying.steps')).toBe('19100');
    await expect
      .poll(() => summary(page, 'dying').innerText(), SLOW)
      .toMatch(/^ReLU: \d+ of 32 units dead after [1-9]\d* steps; loss [\d.e−]+\.$/);
    await page.screenshot({ path: shotPath('demos-dying-training.png'), fullPage: true });

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.getByTestId('train-step').innerText()).toMatch(/^Paused/);
    // A chunk already under way may still land; after that the counter stays put.
    await page.waitForTimeout(300);
    const paused = await stepCount(page);
    await page.waitForTimeout(700);
    expect(await stepCount(page)).toBe(paused);

    await page.getByRole('button', { name: 'Step +10' }).click();
    await expect.poll(() => stepCount(page), SLOW).toBe(paused + 10);

    await page.getByRole('button', { name: 'Reset' }).click();
    await expect
      .poll(() => page.getByTestId('train-step').innerText(), SLOW)
      .toBe('Ready · Step 0 of 19100');
    expect(errors).toEqual([]);
  });

  it('dying side by side: ReLU loses units where Leaky ReLU, PReLU and ELU keep them', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=dying&dying.side=1&dying.shift=-2&dying.steps=300');
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), SLOW).toBe(true);
    await play.click();
    await expect
      .poll(() => page.getByTestId('train-step').innerText(), { timeout: 60_000 })
      .toBe('Done · Step 300 of 300');
    // The summary is announced at most once a second: wait for its final state.
    const lines = async () =>
      (await summary(page, 'dying').innerText()).split('\n').filter(Boolean);
    await expect
      .poll(async () => (await lines()).filter((l) => l.includes('after 300 steps')).length, SLOW)
      .toBe(4);
    const [relu, ...fixes] = await lines();
    expect(relu).toMatch(/^ReLU: [1-9]\d* of 32 units dead after 300 steps/);
    for (const line of fixes) expect(line).toMatch(/: 0 of 32 units dead after 300 steps/);
    expect(errors).toEqual([]);
  });

  it('prelu: α per unit from 0.25; the same URL gives the same result', async () => {
    const query = '?view=prelu&prelu.units=8&prelu.steps=300&prelu.seed=5';
    const results: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { page, errors } = await browser.open();
      await gotoDemos(page, query);
      const play = page.getByRole('button', { name: 'Play' });
      await expect.poll(() => play.isEnabled(), SLOW).toBe(true);
      await play.click();
      await expect
        .poll(() => summary(page, 'prelu').innerText(), { timeout: 60_000 })
        .toMatch(/^After 300 steps α ranges from .+ over 8 units, all starting at 0\.25/);
      expect(await page.getByTestId('alpha-line').count()).toBe(8);
      results.push(await summary(page, 'prelu').innerText());
      expect(errors).toEqual([]);
    }
    expect(results[1]).toBe(results[0]);
  });
});

describe('navigation and notices', () => {
  it('the explorer links to the demos and the demos back, keeping language and theme', async () => {
    const { page, errors } = await browser.open();
    await page.goto(appURL('?theme=dark'), { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Why ReLU works: live demos' }).click();
    await page.getByRole('heading', { name: 'Why ReLU works', level: 2 }).waitFor(SLOW);
    expect(new URL(page.url()).searchParams.get('view')).toBe('why');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
    await page.getByRole('link', { name: 'Back to the explorer' }).click();
    await page.getByRole('combobox', { name: 'Activation function' }).waitFor(SLOW);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
    expect(errors).toEqual([]);
  });

  it('bad values show a notice and the page still works', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=dying&dying.lr=abc&dying.units=500&view=x');
    const notices = page.getByRole('status').filter({ hasText: 'not used as given' });
    await expect.poll(() => notices.innerText()).toContain('Ignored dying.lr=abc');
    expect(await notices.innerText()).toContain('dying.units=500 was clamped to 64.');
    expect(await page.getByRole('slider', { name: 'Hidden units' }).inputValue()).toBe('64');
    // The canonical URL no longer carries what was ignored.
    await expect.poll(() => page.url()).toMatch(/\?view=dying&dying\.units=64$/);
    expect(errors).toEqual([]);
  });
});

describe('embed view', () => {
  it('embed=1&view=… in an iframe shows that demo alone, without page chrome, and runs', async () => {
    const { page, errors } = await browser.open();
    const src = appURL('embed.html?embed=1&view=dying&dying.units=16&dying.steps=200');
    await page.setContent(
      `<!doctype html><html lang="en"><title>Host</title><main><h1>A course page</h1>` +
        `<iframe title="Dying ReLU demo" src="${src}" width="900" height="1400"></iframe></main></html>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.getByRole('region').first().waitFor(SLOW);
    expect(await frame.getByRole('region').count()).toBe(1);
    expect(await frame.getByRole('heading', { level: 2 }).innerText()).toMatch(/Dying ReLU/);
    expect(await frame.getByRole('combobox', { name: 'Language' }).count()).toBe(0);
    const play = frame.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), SLOW).toBe(true);
    await play.click();
    await expect
      .poll(() => frame.getByTestId('summary-dying').innerText(), { timeout: 60_000 })
      .toMatch(/^ReLU: \d+ of 16 units dead after 200 steps/);
    // An embed leaves its address alone, and links to the same demo on the full page.
    const inner = page.frames().find((f) => f.url().includes('embed.html'))!;
    expect(inner.url()).toBe(src);
    const full = frame.getByRole('link', { name: 'Open in Activation Explorer (opens a new tab)' });
    expect(await full.getAttribute('href')).toBe(
      appURL('?view=dying&dying.units=16&dying.steps=200&lang=en'),
    );
    expect(await full.getAttribute('target')).toBe('_blank');
    const violations = await runAxeInFrame(inner);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the full page’s "Embed this demo" gives an iframe showing that demo as set', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, '?view=why&sparsity.mu=-1&sparsity.fn=relu&depth.layers=7');
    const sparsity = page.getByRole('region', { name: /^3\. Sparsity/ });
    await sparsity.getByRole('button', { name: /^Embed this demo/ }).click();
    const html = await sparsity.getByRole('textbox', { name: 'Iframe HTML' }).inputValue();
    expect(html).toContain('embed.html?view=sparsity&amp;sparsity.mu=-1&amp;sparsity.fn=relu');
    expect(html).not.toContain('depth.layers');
    await sparsity.screenshot({ path: shotPath('demos-embed-dialog.png') });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setContent(
      `<!doctype html><html lang="en"><title>Host</title><main><h1>A course page</h1>` +
        `${html.replace('loading="lazy"', '')}</main></html>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.getByRole('region').first().waitFor(SLOW);
    expect(await frame.getByRole('heading', { level: 2 }).innerText()).toMatch(/Sparsity/);
    expect(await frame.getByRole('slider', { name: 'Mean μ' }).inputValue()).toBe('-1');
    const phi = `expected ${(100 * normalCdf(1)).toFixed(1)} %`;
    await expect.poll(() => frame.getByTestId('summary-sparsity').innerText(), SLOW).toContain(phi);
    expect(errors).toEqual([]);
  });
});

describe('layout', () => {
  it('every demo fits a 320 px phone without horizontal scroll', async () => {
    const { page, errors } = await browser.open({ viewport: { width: 320, height: 640 } });
    await gotoDemos(page, '?view=why&dying.side=1');
    await expect.poll(() => page.getByTestId('summary-sparsity').count(), SLOW).toBe(1);
    await expect.poll(() => page.getByTestId('summary-distribution').count(), SLOW).toBe(1);
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
    }));
    await page.screenshot({ path: shotPath('320px-demos.png'), fullPage: true });
    expect(widths.doc).toBeLessThanOrEqual(320);
    expect(widths.body).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['every demo, light', '?view=why&theme=light'],
    ['every demo, dark', '?view=why&theme=dark'],
    ['every demo, zh-CN', '?view=why&lang=zh-CN'],
    ['with a notice', '?view=depth&depth.width=abc'],
  ])('%s: no violations', async (_label, query) => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, query);
    await expect.poll(() => page.getByTestId('summary-depth').count(), SLOW).toBe(1);
    await page.waitForLoadState('networkidle');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['light', '?view=distribution&theme=light'],
    [
      'dark, zh-CN, a layer’s input',
      '?view=distribution&theme=dark&lang=zh-CN&distribution.source=layer',
    ],
  ])('distribution with results, %s: no violations', async (_label, query) => {
    const { page, errors } = await browser.open();
    await gotoDemos(page, query);
    await expect.poll(() => page.getByTestId('summary-distribution').count(), SLOW).toBe(1);
    await page.waitForLoadState('networkidle');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('training side by side and benchmark results: no violations, dark theme', async () => {
    const { page, errors } = await browser.open();
    await gotoDemos(
      page,
      '?view=why&theme=dark&dying.side=1&dying.steps=200&cost.size=65536&cost.fn=elu',
    );
    await page.getByRole('button', { name: 'Run benchmark' }).click();
    const play = page.getByRole('button', { name: 'Play' }).first();
    await expect.poll(() => play.isEnabled(), SLOW).toBe(true);
    await play.click();
    await summary(page, 'cost').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('train-step').first().innerText(), { timeout: 60_000 })
      .toMatch(/^Done/);
    await page.screenshot({ path: shotPath('demos-why-dark.png'), fullPage: true });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
