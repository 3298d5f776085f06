// @vitest-environment jsdom
// Server HTML hydrated in a reader's browser: the client's first render must produce the same
// markup (React error #418 otherwise), whatever the browser's own language.
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ActivationExplorer } from './index';

vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

let root: Root | undefined;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // A reader whose browser is in Chinese.
  Object.defineProperty(navigator, 'languages', { value: ['zh-CN', 'zh'], configurable: true });
  Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

/** Renders on the "server", then hydrates; returns the recoverable errors and console errors. */
async function hydrate(element: React.ReactElement) {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: (e) => recoverable.push(e) });
  });
  return { html, container, recoverable, consoleErrors: errors.mock.calls };
}

const figureLang = (c: HTMLElement) => c.querySelector('.ae-root')!.getAttribute('lang');

describe('hydrating the server HTML', () => {
  it('matches in an English page read with a Chinese browser, and stays English', async () => {
    document.documentElement.lang = 'en';
    const { html, container, recoverable, consoleErrors } = await hydrate(
      <ActivationExplorer fn="leaky_relu" controls="alpha" />,
    );
    expect(html).toContain('lang="en"');
    expect(recoverable).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(figureLang(container)).toBe('en');
    expect(container.textContent).toContain('α (alpha)');
  });

  it('matches in a Chinese page, then takes the page’s language', async () => {
    document.documentElement.lang = 'zh-CN';
    const { html, container, recoverable, consoleErrors } = await hydrate(
      <ActivationExplorer fn="leaky_relu" controls="picker" />,
    );
    expect(html).toContain('lang="en"');
    expect(recoverable).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(figureLang(container)).toBe('zh-CN');
    expect(container.querySelector('select')?.closest('label, div')?.textContent).toContain(
      '激活函数',
    );
    // A site's language switch is followed.
    await act(async () => {
      document.documentElement.lang = 'en';
      await Promise.resolve();
    });
    expect(figureLang(container)).toBe('en');
  });

  it('keeps the lang prop over the page’s, on both sides', async () => {
    document.documentElement.lang = 'en';
    const { container, recoverable } = await hydrate(
      <ActivationExplorer fn="relu" lang="zh-CN" theme="inherit" />,
    );
    expect(recoverable).toEqual([]);
    expect(figureLang(container)).toBe('zh-CN');
  });
});
