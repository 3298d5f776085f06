// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../state/explorerStore';
import { ExplorerPage } from './ExplorerPage';
import { renderPrerenderedView } from './prerender';
import { PAGE_PLOT_WIDTH, prerenderedState } from './prerendered';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('renderPrerenderedView', () => {
  it('renders the default view: curves and controls, the explanations as a placeholder', () => {
    const html = renderPrerenderedView();
    const main = document.createElement('main');
    main.innerHTML = html;
    expect(main.querySelectorAll('[data-testid="plot-curve"]').length).toBeGreaterThanOrEqual(2);
    expect(main.querySelector('.ae-plot-svg')?.getAttribute('width')).toBe(String(PAGE_PLOT_WIDTH));
    // Formulas, properties and code come after the page is interactive (WhenNear), so the
    // markup to parse before the first frame holds only a placeholder for them.
    expect(main.querySelector('.ae-explain')?.textContent).toBe('Loading…');
    expect(main.querySelector('math, pre, dl')).toBeNull();
    expect(main.querySelector('select')).not.toBeNull();
    expect(main.querySelector('h1')?.textContent).toBe('Activation Explorer');
    // No theme attribute: CSS follows prefers-color-scheme until scripts run.
    expect(main.querySelector('.ae-root')?.hasAttribute('data-theme')).toBe(false);
    expect(html).not.toMatch(/<script/);
  });

  it('hydrates without a mismatch or a recoverable error', async () => {
    const html = renderPrerenderedView();
    const container = document.createElement('main');
    container.innerHTML = html;
    document.body.append(container);
    const curve = container.querySelector('[data-testid="plot-curve"]');
    const consoleError = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container,
        <ExplorerPage
          store={createExplorerStore(prerenderedState())}
          notices={[]}
          initialPlotWidth={PAGE_PLOT_WIDTH}
        />,
        { onRecoverableError: (e) => recoverable.push(e) },
      );
    });
    expect(recoverable).toEqual([]);
    // Mismatches are console errors in React's development build. The one warning left out
    // comes from running the server and the client renderer in one process, as only a test does.
    const errors = consoleError.mock.calls
      .map((c) => String(c[0]))
      .filter((m) => !m.startsWith('Detected multiple renderers concurrently rendering'));
    expect(errors).toEqual([]);
    // Adopted, not replaced.
    expect(container.querySelector('[data-testid="plot-curve"]')).toBe(curve);
    expect(container.querySelector('.ae-root')?.getAttribute('data-theme')).toBe('light');
  });
});
