// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
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

const frame = () => screen.getByRole('group', { name: /Plot of ReLU/ });
const readout = () => screen.getByTestId('plot-readout').textContent ?? '';

describe('PlotPanel with ReLU', () => {
  it('draws f and f′ as finite paths, with the zero-gradient zone and a legend', () => {
    const { container } = renderPlot();
    const paths = screen.getAllByTestId('plot-curve');
    expect(paths).toHaveLength(2);
    for (const p of paths) {
      const d = p.getAttribute('d') ?? '';
      expect(d).toMatch(/^M[\d.-]+,[\d.-]+L/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
    // f′ jumps at 0: two segments.
    expect(paths[1]!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(container.querySelector('[data-panel="f"]')).not.toBeNull();
    expect(container.querySelector('[data-panel="df"]')).not.toBeNull();
    expect(screen.getAllByTestId('plot-zone')).toHaveLength(2); // one per panel
    expect(screen.getAllByTestId('plot-legend-entry').map((e) => e.textContent)).toEqual(['ReLU']);
    expect(screen.getByText(/dying-ReLU zone/)).toBeDefined();
  });

  it('labels negative ticks with U+2212', () => {
    const { container } = renderPlot();
    const labels = [...container.querySelectorAll('.ae-plot-ticklabels text')].map(
      (t) => t.textContent,
    );
    expect(labels).toContain('−4');
    expect(labels.join(' ')).not.toContain('-');
  });

  it('marks PyTorch’s value and both one-sided derivatives at the kink', () => {
    renderPlot();
    const note = screen.getByTestId('plot-kink-note');
    expect(note.textContent).toContain('PyTorch: 0');
    expect(note.textContent).toContain('left 0 · right 1');
    expect(note.querySelector('title')?.textContent).toBe(
      'At x = 0: derivative from the left 0, from the right 1; PyTorch autograd returns 0.',
    );
  });

  it('reads ReLU′(0) = 0 exactly when focused, and steps with the arrow keys', () => {
    renderPlot();
    expect(screen.queryByTestId('plot-crosshair')).toBeNull();
    act(() => frame().focus());
    expect(screen.getAllByTestId('plot-crosshair')).toHaveLength(2);
    expect(readout()).toContain('x = 0');
    expect(readout()).toContain('ReLU: f(x) = 0, f′(x) = 0');
    expect(readout()).toContain('PyTorch autograd returns 0');

    fireEvent.keyDown(frame(), { key: 'ArrowRight' });
    expect(readout()).toContain('x = 0.1000');
    expect(readout()).toContain('f(x) = 0.1000, f′(x) = 1.000');
    fireEvent.keyDown(frame(), { key: 'ArrowLeft' });
    fireEvent.keyDown(frame(), { key: 'ArrowLeft' });
    expect(readout()).toContain('x = −0.1000');
    fireEvent.keyDown(frame(), { key: 'ArrowRight' });
    expect(readout()).toMatch(/x = 0ReLU: f\(x\) = 0, f′\(x\) = 0/);
  });

  it('lands exactly on the kink x = 0 when stepping from the left end', () => {
    renderPlot();
    act(() => frame().focus());
    fireEvent.keyDown(frame(), { key: 'Home' });
    for (let i = 0; i < 4; i++) fireEvent.keyDown(frame(), { key: 'PageUp' });
    expect(readout()).toContain('x = −1.000');
    for (let i = 0; i < 10; i++) fireEvent.keyDown(frame(), { key: 'ArrowRight' });
    expect(readout()).toMatch(/^x = 0ReLU: f\(x\) = 0, f′\(x\) = 0/);
  });

  it('jumps with Home, End, Page Up and Page Down', () => {
    renderPlot();
    act(() => frame().focus());
    fireEvent.keyDown(frame(), { key: 'End' });
    expect(readout()).toContain('x = 5.000');
    fireEvent.keyDown(frame(), { key: 'Home' });
    expect(readout()).toContain('x = −5.000');
    expect(readout()).toContain('f′(x) = 0');
    fireEvent.keyDown(frame(), { key: 'PageUp' });
    expect(readout()).toContain('x = −4.000');
    fireEvent.keyDown(frame(), { key: 'PageDown' });
    fireEvent.keyDown(frame(), { key: 'PageDown' });
    expect(readout()).toContain('x = −5.000');
  });

  it('leaves other keys alone (page scrolling still works)', () => {
    renderPlot();
    const down = fireEvent.keyDown(frame(), { key: 'ArrowDown' });
    expect(down).toBe(true); // not prevented
    expect(fireEvent.keyDown(frame(), { key: 'ArrowRight' })).toBe(false);
  });

  it('announces the readout through a polite live region', async () => {
    renderPlot();
    const status = screen.getByTestId('plot-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    act(() => frame().focus());
    fireEvent.keyDown(frame(), { key: 'End' });
    expect(await screen.findByText(/x = 5\.000\. ReLU: f\(x\) = 5\.000/)).toBe(status);
  });

  it('snaps the pointer to the kink within a few pixels', () => {
    renderPlot();
    const guide = screen.getByTestId('plot-kink-note').querySelector('line')!;
    const px0 = Number(guide.getAttribute('x1'));
    fireEvent.pointerMove(frame(), { clientX: px0 + 3 });
    expect(readout()).toContain('x = 0ReLU');
    expect(screen.getAllByTestId('plot-crosshair')).toHaveLength(2);
    fireEvent.pointerMove(frame(), { clientX: px0 + 30 });
    expect(readout()).not.toContain('x = 0ReLU');
    expect(readout()).toContain('f′(x) = 1.000');
    fireEvent.pointerLeave(frame());
    expect(screen.queryByTestId('plot-crosshair')).toBeNull();
  });

  it('shows the value table on request: 41 points, the kink marked', async () => {
    renderPlot();
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide table');
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(within(table).getByText(/41 evenly spaced points/)).toBeDefined();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(42); // header + 41 (x = 0 is both a grid point and the kink)
    const zero = within(table).getByRole('rowheader', { name: '0 (kink)' });
    const cells = within(zero.closest('tr')!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['0', '0']);
    expect(within(table).getByRole('columnheader', { name: 'ReLU: f′(x)' })).toBeDefined();
    fireEvent.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has no f′ panel when the derivative is hidden', () => {
    const { container } = renderPlot({ showDerivative: false });
    expect(container.querySelector('[data-panel="df"]')).toBeNull();
    expect(screen.getAllByTestId('plot-curve')).toHaveLength(1);
    expect(screen.queryByTestId('plot-kink-note')).toBeNull();
  });

  it('follows the input range', () => {
    renderPlot({ range: [1, 3] });
    expect(screen.queryAllByTestId('plot-zone')).toHaveLength(0);
    expect(screen.queryByTestId('plot-kink-note')).toBeNull();
    act(() => frame().focus());
    expect(readout()).toContain('x = 2.000');
  });

  it('speaks Chinese', () => {
    renderPlot({ lang: 'zh-CN' });
    expect(screen.getByRole('button', { name: '以表格显示' })).toBeDefined();
    expect(screen.getByTestId('plot-kink-note').textContent).toContain('PyTorch：0');
  });
});
