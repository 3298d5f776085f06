// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pressOnSlider } from '../components/explorer.testing';
import type { ExplorerValue } from '../state/schema';
import { SETTLE_MS } from '../state/watchValue';
import { ActivationExplorer } from './index';

vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

afterEach(cleanup);

/** Lets a change settle: the pause after which `onChange` reports it. */
const settle = () => act(() => new Promise((done) => setTimeout(done, SETTLE_MS + 50)));

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
  it('takes its initial state from props (uncontrolled); reports each step live, then the settled value once', async () => {
    const onChange = vi.fn();
    const onInput = vi.fn();
    render(
      <ActivationExplorer
        fn="leaky_relu"
        params={{ alpha: 0.1 }}
        xmin={-3}
        xmax={3}
        onChange={onChange}
        onInput={onInput}
        lang="en"
      />,
    );
    expect(alpha().value).toBe('0.1');
    await act(async () => pressOnSlider(alpha(), 'ArrowRight'));
    await act(async () => pressOnSlider(alpha(), 'ArrowRight'));
    const moved = Number(alpha().value);
    expect(moved).toBeGreaterThan(0.1);
    expect(onInput).toHaveBeenCalledTimes(2);
    expect(onChange).not.toHaveBeenCalled();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0]).toMatchObject({
      fn: 'leaky_relu',
      params: { alpha: moved },
      xmin: -3,
      xmax: 3,
    });
    expect(onInput.mock.calls[1]![0]).toEqual(onChange.mock.calls[0]![0]);
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
    // Free during the change, …
    expect(Number(alpha().value)).toBeGreaterThan(0.2);
    await settle();
    // … back to `value` once it settles, the parent having kept its own.
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
    await settle();
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

  it('theme="inherit" follows the page’s own dark-mode switch', async () => {
    const { container } = render(<ActivationExplorer fn="relu" theme="inherit" lang="en" />);
    const root = container.querySelector('.ae-root')!;
    expect(root.hasAttribute('data-inherit')).toBe(true);
    expect(root.getAttribute('data-theme')).toBe('light');
    await act(async () => {
      document.documentElement.classList.add('dark');
      await Promise.resolve();
    });
    expect(root.getAttribute('data-theme')).toBe('dark');
    await act(async () => {
      document.documentElement.classList.remove('dark');
      await Promise.resolve();
    });
    expect(root.getAttribute('data-theme')).toBe('light');
  });

  it('links to appUrl (relative kept as written) and refuses a script URL with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<ActivationExplorer fn="elu" appUrl="/ae/?x=1" lang="en" />);
    const link = () => screen.queryByRole('link', { name: /Activation Explorer/ });
    expect(link()?.getAttribute('href')).toMatch(/^\/ae\/\?fn=elu&/);
    rerender(<ActivationExplorer fn="elu" appUrl="javascript:alert(1)" lang="en" />);
    expect(link()).toBeNull();
    expect(String(warn.mock.calls[0]![0])).toContain('appUrl="javascript:alert(1)"');
    warn.mockRestore();
  });
});
