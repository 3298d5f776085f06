// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlotPanel } from '../components/plot/PlotPanel';
import { ExplorerProvider } from '../state/context';
import type { ExplorerState } from '../state/explorerStore';
import { loadExportLazily } from './lazy';
import { ExportMenu } from './ExportMenu';
import { THEME_COLOURS } from './theme';

const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('./download', () => ({
  downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
});

function renderExplorer(initial: Partial<ExplorerState>) {
  return render(
    <ExplorerProvider initial={initial}>
      <PlotPanel />
      <ExportMenu load={loadExportLazily} />
    </ExplorerProvider>,
  );
}

async function download(name: RegExp): Promise<{ text: string; name: string }> {
  fireEvent.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const { blob, name: file } = saved[0]!;
  return { text: await blob.text(), name: file };
}

describe('ExportMenu', () => {
  it('saves the figure the plot shows, at its size, with its legend, in the theme', async () => {
    const { container } = renderExplorer({
      fn: 'leaky_relu',
      params: { alpha: 0.2 },
      range: [-3, 3],
      cmp: ['relu'],
      theme: 'dark',
    });
    const shown = [...container.querySelectorAll('svg.ae-plot-svg path')].map((p) =>
      p.getAttribute('d'),
    );
    expect(shown).toHaveLength(4);
    const svg = await download(/SVG/);
    expect(svg.name).toBe('leaky_relu-alpha0.2-vs-relu.svg');
    const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect([...doc.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toEqual(shown);
    const plot = container.querySelector('svg.ae-plot-svg')!;
    expect(doc.documentElement.getAttribute('width')).toBe(plot.getAttribute('width'));
    expect(Number(doc.documentElement.getAttribute('height'))).toBe(
      Number(plot.getAttribute('height')) + 2 * 20 + 8,
    );
    const legend = [...container.querySelectorAll('.ae-plot-legend li')].slice(0, 2);
    const rows = [...doc.documentElement.children].filter((c) => c.localName === 'g');
    expect(rows.map((r) => r.textContent)).toEqual(legend.map((li) => li.textContent));
    expect(doc.documentElement.querySelector('rect')!.getAttribute('fill')).toBe(
      THEME_COLOURS.dark.bg,
    );
  });

  it('saves the sampled data as CSV', async () => {
    renderExplorer({ fn: 'relu', params: {}, range: [-1, 1] });
    const csv = await download(/CSV/);
    expect(csv.name).toBe('relu.csv');
    expect(csv.text.split('\n')[0]).toBe('x,relu,d/dx relu');
  });
});
