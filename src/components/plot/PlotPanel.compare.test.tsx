// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplorerProvider } from '../../state/context';
import type { ExplorerState } from '../../state/explorerStore';
import { PlotPanel } from './PlotPanel';

afterEach(cleanup);

function renderPlot(initial?: Partial<ExplorerState>) {
  return render(
    <ExplorerProvider initial={initial}>
      <PlotPanel />
    </ExplorerProvider>,
  );
}

const readout = () => screen.getByTestId('plot-readout').textContent ?? '';
const entries = () => screen.getAllByTestId('plot-legend-entry').map((e) => e.textContent);

describe('PlotPanel comparing functions', () => {
  it('lists every shown function in the legend with its parameter values', () => {
    renderPlot({ fn: 'leaky_relu', params: { alpha: 0.1 }, cmp: ['relu', 'elu'] });
    expect(entries()).toEqual(['Leaky ReLU (α = 0.1)', 'ReLU', 'ELU (α = 1)']);
    // f and f′ of three functions
    expect(screen.getAllByTestId('plot-curve')).toHaveLength(6);
    const curves = screen.getAllByTestId('plot-curve').map((p) => p.getAttribute('class'));
    expect(curves.filter((c) => c!.includes('ae-plot-c3'))).toHaveLength(2);
    expect(curves.filter((c) => c!.includes('ae-plot-dashed'))).toHaveLength(3);
  });

  it('reads out every function at the crosshair', () => {
    renderPlot({ fn: 'leaky_relu', params: { alpha: 0.1 }, cmp: ['relu', 'elu'] });
    act(() => screen.getByRole('group').focus());
    fireEvent.keyDown(screen.getByRole('group'), { key: 'Home' });
    const text = readout();
    expect(text).toContain('x = −5.000');
    expect(text).toContain('Leaky ReLU (α = 0.1): f(x) = −0.5000, f′(x) = 0.1000');
    expect(text).toContain('ReLU: f(x) = 0, f′(x) = 0');
    expect(text).toContain('ELU (α = 1): f(x) = −0.9933, f′(x) = 0.006738');
  });

  it('annotates PyTorch’s value at the main function’s kink only', () => {
    renderPlot({ fn: 'elu', params: { alpha: 0.5 }, cmp: ['relu'] });
    const notes = screen.getAllByTestId('plot-kink-note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toContain('left 0.5 · right 1');
    expect(notes[0]!.textContent).toContain('PyTorch: 0.5');
  });

  it('draws the difference on its own panel with its own scale', () => {
    const { container } = renderPlot({ fn: 'gelu', cmp: ['gelu_tanh'], showDifference: true });
    const panel = container.querySelector('[data-panel="diff"]');
    expect(panel).not.toBeNull();
    expect(panel!.textContent).toContain('Difference: GELU − GELU (tanh)');
    // GELU exact vs tanh differ by < 1e-3: the scale's ticks are that small.
    const ticks = [...panel!.querySelectorAll('.ae-plot-ticklabels text')].map((t) =>
      Number(t.textContent!.replace('−', '-')),
    );
    expect(Math.max(...ticks.map(Math.abs))).toBeLessThan(1e-3);
    expect(Math.max(...ticks.map(Math.abs))).toBeGreaterThan(1e-5);
    expect(entries()).toContain('difference GELU − GELU (tanh)');
    act(() => screen.getByRole('group').focus());
    fireEvent.keyDown(screen.getByRole('group'), { key: 'End' });
    expect(readout()).toMatch(/difference GELU − GELU \(tanh\) = −?[\d.]+e−\d/);
  });

  it('draws jumps as breaks with a filled and an open dot', () => {
    const { container } = renderPlot({ fn: 'hardshrink' });
    const f = screen.getAllByTestId('plot-curve')[0]!.getAttribute('d')!;
    expect(f.match(/M/g)).toHaveLength(3);
    const fPanel = container.querySelector('[data-panel="f"]')!;
    expect(fPanel.querySelectorAll('.ae-plot-dot-filled')).toHaveLength(2);
    expect(fPanel.querySelectorAll('.ae-plot-dot-open')).toHaveLength(2);
    expect(screen.getByText(/filled dot: value used at the point/)).toBeDefined();
  });

  it('lists one f and one f′ column per function in the table, kinks of all functions included', async () => {
    renderPlot({ fn: 'relu', cmp: ['hardtanh'] });
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    // querySelector rather than *ByRole: role queries over a 43-row table are slow in jsdom.
    const headers = [...table.querySelectorAll('thead th[scope="col"]')];
    expect(headers.map((h) => h.textContent)).toEqual([
      'x',
      'ReLU: f(x)',
      'ReLU: f′(x)',
      'Hardtanh (a = −1, b = 1): f(x)',
      'Hardtanh (a = −1, b = 1): f′(x)',
    ]);
    const rowHeaders = [...table.querySelectorAll('tbody th[scope="row"]')];
    expect(rowHeaders.map((h) => h.textContent)).toContain('1.000 (kink)');
    expect(rowHeaders.map((h) => h.textContent)).toContain('−1.000 (kink)');
  });

  it.each([[[-1e6, 1e6]], [[1e-7, 2e-7]], [[-1e-9, 1e-9]], [[999_999, 1e6]]] as [
    number,
    number,
  ][][])('renders finite paths and labels on %j', (range) => {
    const { container } = renderPlot({ fn: 'selu', cmp: ['gelu', 'hardshrink'], range });
    for (const p of screen.getAllByTestId('plot-curve'))
      expect(p.getAttribute('d')).not.toMatch(/NaN|Infinity/);
    const labels = [...container.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(labels.join(' ')).not.toMatch(/NaN|Infinity|-/);
    const coords = [...container.querySelectorAll('circle, line, rect')].flatMap((el) =>
      ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height'].map((a) =>
        el.getAttribute(a),
      ),
    );
    expect(coords.filter((c) => c !== null && !Number.isFinite(Number(c)))).toEqual([]);
  });
});
