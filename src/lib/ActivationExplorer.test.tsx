// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pressOnSlider } from '../components/explorer.testing';
import type { ExplorerValue } from '../state/schema';
import { ActivationExplorer } from './index';

vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

afterEach(cleanup);

const alpha = () => screen.getByRole<HTMLInputElement>('slider', { name: 'α (alpha)' });

const value: ExplorerValue = {
  fn: 'leaky_relu',
  params: { alpha: 0.2 },
  xmin: -3,
  xmax: 3,
  cmp: [],
  derivative: true,
  diff: false,
  expr: 'x * sigmoid(b * x)',
  paramRanges: {},
};

describe('ActivationExplorer', () => {
  it('takes its initial state from props (uncontrolled) and reports changes', async () => {
    const onChange = vi.fn();
    render(
      <ActivationExplorer
        fn="leaky_relu"
        params={{ alpha: 0.1 }}
        xmin={-3}
        xmax={3}
        onChange={onChange}
        lang="en"
      />,
    );
    expect(alpha().value).toBe('0.1');
    await act(async () => pressOnSlider(alpha(), 'ArrowRight'));
    expect(Number(alpha().value)).toBeGreaterThan(0.1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0]).toMatchObject({ fn: 'leaky_relu', xmin: -3, xmax: 3 });
  });

  it('follows props that change after mount', async () => {
    const { rerender } = render(
      <ActivationExplorer fn="leaky_relu" params={{ alpha: 0.1 }} lang="en" />,
    );
    rerender(<ActivationExplorer fn="leaky_relu" params={{ alpha: 0.4 }} lang="en" />);
    expect(alpha().value).toBe('0.4');
  });

  it('shows exactly `value` when controlled, and snaps back if the parent refuses', async () => {
    const onChange = vi.fn();
    render(<ActivationExplorer value={value} onChange={onChange} lang="en" />);
    expect(alpha().value).toBe('0.2');
    await act(async () => pressOnSlider(alpha(), 'ArrowRight'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(alpha().value).toBe('0.2');
  });

  it('moves when the parent accepts the change', async () => {
    const seen: ExplorerValue[] = [];
    function Parent() {
      const [v, setV] = useState(value);
      return (
        <>
          <ActivationExplorer
            value={v}
            onChange={(next) => {
              seen.push(next);
              setV(next);
            }}
            lang="en"
          />
          <output data-testid="alpha">{v.params.alpha}</output>
        </>
      );
    }
    render(<Parent />);
    await act(async () => pressOnSlider(alpha(), 'ArrowRight'));
    expect(seen).toHaveLength(1);
    expect(Number(alpha().value)).toBeGreaterThan(0.2);
    expect(screen.getByTestId('alpha').textContent).toBe(alpha().value);
  });

  it('keeps two instances independent', async () => {
    render(
      <>
        <ActivationExplorer fn="leaky_relu" params={{ alpha: 0.1 }} lang="en" />
        <ActivationExplorer fn="leaky_relu" params={{ alpha: 0.3 }} lang="en" />
      </>,
    );
    const [a, b] = screen.getAllByRole<HTMLInputElement>('slider', { name: 'α (alpha)' });
    await act(async () => pressOnSlider(a!, 'ArrowRight'));
    expect(Number(a!.value)).toBeGreaterThan(0.1);
    expect(b!.value).toBe('0.3');
  });
});
