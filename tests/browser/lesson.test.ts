// The guided lesson (?view=lesson) in real Chromium: at phone and desktop width, in English and
// Chinese, by keyboard, axe-clean, with each step's figure an embed that draws and sizes itself.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lesson } from '../../src/i18n/sections/lesson';
import { appURL, describeViolations, gotoApp, runAxe, setupBrowser, shotPath } from './helpers';

const browser = setupBrowser();
const SLOW = { timeout: 30_000 };

/** Opens the lesson and waits for its step heading. */
async function gotoLesson(page: Page, query: string): Promise<void> {
  await page.goto(appURL(query), { waitUntil: 'load' });
  await page.getByRole('heading', { level: 3 }).waitFor(SLOW);
}

/** The current step's figure: its frame once loaded (scrolled into view: it loads lazily). */
async function figure(page: Page): Promise<Frame> {
  const el = page.locator('iframe');
  await el.scrollIntoViewIfNeeded();
  const handle = await el.elementHandle();
  await expect
    .poll(async () => (await handle!.contentFrame())?.url() ?? '', SLOW)
    .toContain('embed.html');
  const frame = (await handle!.contentFrame())!;
  await frame.waitForLoadState('load');
  return frame;
}

/** Resolves once the frame draws a curve (an `svg path` with a `d`). */
async function curveIn(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => Array.from(document.querySelectorAll('svg path')).some((p) => p.getAttribute('d')),
    undefined,
    SLOW,
  );
}

describe('lesson', () => {
  it.each([
    [320, 'en', 'light'],
    [320, 'zh-CN', 'dark'],
    [1280, 'en', 'dark'],
    [1280, 'zh-CN', 'light'],
  ] as const)(
    'at %i px in %s, %s: fits, draws its figure, fits the frame to it, axe-clean',
    async (width, lang, theme) => {
      const { page, errors } = await browser.open({ viewport: { width, height: 800 } });
      await gotoLesson(page, `?view=lesson&lang=${lang}&theme=${theme}`);
      const h3 = page.getByRole('heading', { level: 3 });
      expect(await h3.innerText()).toBe(lesson.lessonReluTitle[lang]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const frame = await figure(page);
      await curveIn(frame);
      expect(new URL(frame.url()).searchParams.get('lang')).toBe(lang);
      expect(new URL(frame.url()).searchParams.get('theme')).toBe(theme);
      // The resize messages fit the frame to the embed's content (the snippet's height is a
      // guess): the frame's inner height ends up equal to the content's height.
      const misfit = async () => {
        const content = await frame.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        const inner = await page.locator('iframe').evaluate((f) => f.clientHeight);
        return Math.abs(inner - content);
      };
      await expect.poll(misfit, SLOW).toBeLessThanOrEqual(1);
      expect(await page.locator('iframe').getAttribute('height')).not.toBe('520');
      const widths = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(widths).toBeLessThanOrEqual(width);
      await page.screenshot({
        path: shotPath(`lesson-${width}-${lang}-${theme}.png`),
        fullPage: true,
      });
      await page.waitForLoadState('networkidle');
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('moves through every step by keyboard; each figure renders', async () => {
    const { page, errors } = await browser.open({ viewport: { width: 1280, height: 800 } });
    await gotoLesson(page, '?view=lesson');
    const h3 = page.getByRole('heading', { level: 3 });
    const ids = ['Relu', 'Kink', 'Cost', 'Depth', 'Sparsity', 'Dying', 'Variants'] as const;
    for (let n = 1; n <= ids.length; n++) {
      expect(await h3.innerText()).toBe(lesson[`lesson${ids[n - 1]!}Title`].en);
      expect(new URL(page.url()).searchParams.get('step')).toBe(String(n));
      const frame = await figure(page);
      const view = new URL(frame.url()).searchParams.get('view');
      // A demo renders its own heading; the explorer and the depth demo (which computes on
      // load) draw curves.
      if (view !== null) await frame.getByRole('heading').first().waitFor(SLOW);
      if (view === null || view === 'depth') await curveIn(frame);
      if (n === ids.length) break;
      // Odd steps: Enter on the "Next" link; even steps: → from the focused step heading.
      if (n % 2 === 1) {
        await page.getByRole('link', { name: /^Next: / }).focus();
        await page.keyboard.press('Enter');
      } else {
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
        await page.keyboard.press('ArrowRight');
      }
      await expect.poll(() => h3.innerText(), SLOW).toBe(lesson[`lesson${ids[n]!}Title`].en);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    }
    // ← goes back, and Back in the browser does too.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => h3.innerText()).toBe(lesson.lessonDyingTitle.en);
    await page.goBack();
    await expect.poll(() => h3.innerText()).toBe(lesson.lessonVariantsTitle.en);
    expect(errors).toEqual([]);
  });

  it('answers on request, by keyboard', async () => {
    const { page } = await browser.open();
    await gotoLesson(page, '?view=lesson&step=2');
    const button = page.getByRole('button', { name: lesson.lessonShowAnswer.en });
    await button.focus();
    await page.keyboard.press('Enter');
    const open = page.getByRole('button', { name: lesson.lessonHideAnswer.en });
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByText(/^0\. PyTorch’s autograd returns 0/).isVisible()).toBe(true);
  });

  it('links a step by #step-N, and a bad step opens step 1 with a notice', async () => {
    const { page, errors } = await browser.open();
    await gotoLesson(page, '?view=lesson#step-5');
    expect(await page.getByRole('heading', { level: 3 }).innerText()).toBe(
      lesson.lessonSparsityTitle.en,
    );
    await gotoLesson(page, '?view=lesson&step=99');
    expect(await page.getByRole('heading', { level: 3 }).innerText()).toBe(
      lesson.lessonReluTitle.en,
    );
    expect(await page.getByText('Ignored step=99').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is linked from the explorer, links back, and none of it loads with the explorer', async () => {
    const { page } = await browser.open();
    await gotoApp(page, '');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.endsWith('.js')),
    );
    for (const url of scripts) {
      const text = await page.evaluate((u) => fetch(u).then((r) => r.text()), url);
      expect(text.includes(lesson.lessonReluBody.en.slice(0, 40)), url).toBe(false);
    }
    await page.getByRole('link', { name: 'Lesson: ReLU in seven steps' }).click();
    await page.getByRole('heading', { level: 3 }).waitFor(SLOW);
    await page.getByRole('link', { name: lesson.lessonNavBack.en }).click();
    await page.getByRole('combobox', { name: 'Activation function' }).waitFor(SLOW);
  });
});
