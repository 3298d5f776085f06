// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseControls } from '../components/controls';
import type { ControlSet } from '../components/controlSet';
import { FullExplorer } from '../parts/FullExplorer';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore, type ExplorerState } from '../state/explorerStore';
import { ActivationExplorer } from './ActivationExplorer';

vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

afterEach(cleanup);

interface Config {
  /** The compact figure of an embed (the React component) rather than the full page. */
  embed?: boolean;
  controls?: ControlSet;
  appUrl?: string;
}

/** The full page's explorer, or an embed as the React component composes it. */
function renderWith({ embed, controls, appUrl }: Config, initial: Partial<ExplorerState> = {}) {
  if (!embed) {
    const store = createExplorerStore({ lang: 'en', ...initial });
    return render(
      <ExplorerProvider store={store}>
        <FullExplorer headingLevel={1} />
      </ExplorerProvider>,
    );
  }
  const list = controls ? formatList(controls) : undefined;
  return render(
    <ActivationExplorer
      lang="en"
      {...(initial.fn ? { fn: initial.fn } : {})}
      {...(list !== undefined ? { controls: list } : {})}
      {...(appUrl ? { appUrl } : {})}
    />,
  );
}

function formatList(c: ControlSet): string {
  const names = (['picker', 'range', 'derivative', 'compare', 'readout', 'export'] as const).filter(
    (n) => c[n],
  );
  const params = c.params === 'all' ? ['all'] : [...c.params];
  const all = [...names, ...params];
  return all.length === 0 ? 'none' : all.join(',');
}

const softplus = { fn: 'softplus', params: { beta: 1, threshold: 20 } };

describe('explorer configuration', () => {
  it('shows everything on the full page, with the embed and export buttons', () => {
    renderWith({}, softplus);
    expect(screen.getByRole('heading', { name: 'Activation Explorer' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Activation function' })).toBeTruthy();
    expect(screen.getAllByRole('slider')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'x min' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Embed this view/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Download the plot as SVG/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Open in Activation Explorer/ })).toBeNull();
  });

  it('shows only the listed controls in an embed, and a link to the full page', () => {
    renderWith(
      { embed: true, controls: parseControls('beta,range').controls, appUrl: 'https://ae.test/' },
      softplus,
    );
    expect(screen.queryByRole('heading', { name: 'Activation Explorer' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    const sliders = screen.getAllByRole('slider');
    expect(sliders).toHaveLength(1);
    expect(screen.getByRole('slider', { name: /\(beta\)/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'x min' })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Embed this view/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /SVG/ })).toBeNull();
    const link = screen.getByRole('link', { name: /Open in Activation Explorer/ });
    const href = new URL(link.getAttribute('href')!);
    expect(href.origin + href.pathname).toBe('https://ae.test/');
    expect(href.searchParams.get('fn')).toBe('softplus');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('leaves out the controls area when an embed shows none', () => {
    renderWith({ embed: true, controls: parseControls('none').controls }, softplus);
    expect(screen.queryByRole('region', { name: /controls/i })).toBeNull();
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByTestId('plot')).toBeTruthy();
  });

  it('shows the export menu and the derivative switch when listed', () => {
    renderWith({ embed: true, controls: parseControls('export,derivative').controls });
    expect(screen.getByRole('group', { name: 'Download' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Download the plot as PNG image (relu.png)' }),
    ).toBeTruthy();
    expect(screen.getByRole('checkbox')).toBeTruthy();
  });
});
