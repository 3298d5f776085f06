// Many figures on one page (issue 14): elements hold a React tree only near the viewport and
// leave a same-sized static copy of their last frame when far; the iframe view mounts its figure
// only when its frame comes into view. Timing is bench:embed's job; this checks the behaviour.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, setupBrowser } from './helpers';

const { open } = setupBrowser();
const SCREEN = 800;
const FIGURES = 8;

/** A page of figures 1.5 screens apart, served at the app's origin. */
async function openArticle(page: Page, figure: string): Promise<void> {
  const url = appURL('many-figures-test.html');
  const gap = `<div style="height:${SCREEN * 1.5}px"></div>`;
  const html =
    '<!doctype html><html lang="en"><head><script type="module" src="activation-explorer.js"></script></head><body>' +
    Array.from({ length: FIGURES }, () => figure + gap).join('') +
    '</body></html>';
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url, { waitUntil: 'load' });
}

/** Per element: 'live' (React tree), 'snapshot' (inert copy) or 'empty' (never mounted). */
function states(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('activation-explorer')].map((el) => {
      const mount = el.shadowRoot?.lastElementChild as HTMLElement | null | undefined;
      if (!mount?.querySelector('path[data-testid="plot-curve"]')) return 'empty';
      return mount.inert ? 'snapshot' : 'live';
    }),
  );
}

async function settle(page: Page, until: (s: string[]) => boolean): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const s = await states(page);
    if (until(s)) return s;
    await page.waitForTimeout(100);
  }
  return states(page);
}

describe('many figures on one page', () => {
  it('elements mount near the viewport and leave a same-sized snapshot when far', async () => {
    const { page, errors } = await open({ viewport: { width: 1000, height: SCREEN } });
    await openArticle(
      page,
      '<activation-explorer fn="elu" controls="alpha"></activation-explorer>',
    );
    const first = await settle(page, (s) => s[0] === 'live');
    expect(first[0]).toBe('live');
    expect(first.slice(3)).toEqual(Array(FIGURES - 3).fill('empty'));
    const box = () =>
      page
        .locator('activation-explorer')
        .first()
        .evaluate((e) => e.getBoundingClientRect().height);
    const height = await box();

    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const bottom = await settle(page, (s) => s.at(-1) === 'live' && s[0] === 'snapshot');
    expect(bottom.at(-1)).toBe('live');
    expect(bottom[0]).toBe('snapshot');
    expect(await box()).toBe(height);

    await page.evaluate(() => scrollTo(0, 0));
    expect((await settle(page, (s) => s[0] === 'live'))[0]).toBe('live');
    const slider = page
      .locator('activation-explorer')
      .first()
      .getByRole('slider', { name: /alpha/ });
    const before = await slider.inputValue();
    await slider.press('ArrowRight');
    expect(await slider.inputValue()).not.toBe(before);
    expect(errors).toEqual([]);
  });

  it('the iframe view mounts its figure once the frame is in view', async () => {
    const { page, errors } = await open({ viewport: { width: 1000, height: SCREEN } });
    await openArticle(page, '<iframe src="embed.html?fn=gelu" width="100%" height="480"></iframe>');
    const last = page.frames().at(-1)!;
    await last.waitForLoadState('load');
    const mounted = () =>
      last.evaluate(() => !!document.querySelector('path[data-testid="plot-curve"]'));
    await page.waitForTimeout(500);
    expect(await mounted()).toBe(false);
    await page.locator('iframe').last().scrollIntoViewIfNeeded();
    await expect.poll(mounted, { timeout: 15_000 }).toBe(true);
    expect(errors).toEqual([]);
  });
});
