// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExplorerProvider } from '../state/context';
import { decode } from '../state/urlCodec';
import { FullExplorer } from '../parts/FullExplorer';
import { pressOnSlider, renderExplorer } from './explorer.testing';

// The plot is tested on its own; here it would only need layout jsdom does not have.
vi.mock('./plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

afterEach(cleanup);

describe('Explorer controls', () => {
  it('shows the default view with labelled controls', () => {
    renderExplorer();
    expect(screen.getByRole('combobox', { name: 'Activation function' })).toHaveProperty(
      'value',
      'relu',
    );
    expect(screen.getByRole('textbox', { name: 'x min' })).toHaveProperty('value', '-5');
    expect(screen.getByRole('textbox', { name: 'x max' })).toHaveProperty('value', '5');
    expect(screen.getByRole('checkbox', { name: 'Show derivative f′' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByText('ReLU has no parameters.')).toBeTruthy();
    expect(screen.getByTestId('plot')).toBeTruthy();
  });

  it('groups the picker by family', () => {
    renderExplorer();
    const picker = screen.getByRole('combobox', { name: 'Activation function' });
    const groups = [...picker.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toContain('ReLU family');
    expect(within(picker).getByRole('option', { name: 'ReLU' })).toBeTruthy();
  });

  it('generates the sliders of the picked function', async () => {
    const { store, user } = renderExplorer();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Activation function' }),
      'leaky_relu',
    );
    expect(store.getState().fn).toBe('leaky_relu');
    const slider = screen.getByRole('slider', { name: 'α (alpha)' });
    expect(slider).toHaveProperty('value', '0.01');
    expect(screen.getByRole('textbox', { name: 'α (alpha) value' })).toHaveProperty(
      'value',
      '0.01',
    );
    expect(screen.getByRole('button', { name: 'Reset α (alpha)' })).toBeTruthy();
  });

  it('moves a parameter with the keyboard on its slider', () => {
    const { store } = renderExplorer({ fn: 'leaky_relu', params: { alpha: 0.01 } });
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'α (alpha)' });
    slider.focus();
    pressOnSlider(slider, 'ArrowRight');
    pressOnSlider(slider, 'ArrowRight');
    expect(store.getState().params.alpha).toBeCloseTo(0.03, 12);
    expect(screen.getByRole('textbox', { name: 'α (alpha) value' })).toHaveProperty(
      'value',
      '0.03',
    );
    pressOnSlider(slider, 'End');
    expect(store.getState().params.alpha).toBe(1);
  });

  it('applies a typed parameter value on Enter and resets it', async () => {
    const { store, user } = renderExplorer({ fn: 'leaky_relu', params: { alpha: 0.01 } });
    const field = screen.getByRole('textbox', { name: 'α (alpha) value' });
    await user.clear(field);
    await user.type(field, '0.125{Enter}');
    expect(store.getState().params.alpha).toBe(0.125);
    await user.click(screen.getByRole('button', { name: 'Reset α (alpha)' }));
    expect(store.getState().params.alpha).toBe(0.01);
  });

  it('refuses a typed parameter out of range and keeps the value', async () => {
    const { store, user } = renderExplorer({ fn: 'leaky_relu', params: { alpha: 0.2 } });
    const field = screen.getByRole('textbox', { name: 'α (alpha) value' });
    await user.clear(field);
    await user.type(field, '5{Enter}');
    expect(store.getState().params.alpha).toBe(0.2);
    expect(field).toHaveProperty('value', '5');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe(
      'α (alpha) must be between 0 and 1.',
    );
  });

  it('refuses an invalid typed range, keeps the range and the text until corrected', async () => {
    const { store, user } = renderExplorer();
    const xmin = screen.getByRole('textbox', { name: 'x min' });
    const message = () => document.getElementById(xmin.getAttribute('aria-describedby') ?? '');

    await user.clear(xmin);
    await user.type(xmin, '10{Enter}');
    expect(store.getState().range).toEqual([-5, 5]);
    expect(xmin).toHaveProperty('value', '10');
    expect(message()?.textContent).toBe('x min must be less than x max.');

    await user.clear(xmin);
    await user.type(xmin, 'abc');
    await user.tab();
    expect(message()?.textContent).toBe('“abc” is not a number.');
    expect(xmin).toHaveProperty('value', 'abc');

    await user.clear(xmin);
    await user.type(xmin, '-2e7{Enter}');
    expect(message()?.textContent).toBe('x must stay within ±10⁶.');
    expect(store.getState().range).toEqual([-5, 5]);

    await user.clear(xmin);
    await user.type(xmin, '−2');
    await user.tab();
    expect(store.getState().range).toEqual([-2, 5]);
    expect(xmin.getAttribute('aria-invalid')).toBeNull();
    expect(xmin).toHaveProperty('value', '-2');
  });

  it('zooms and resets the range', async () => {
    const { store, user } = renderExplorer();
    await user.click(screen.getByRole('button', { name: /zoom in/i }));
    expect(store.getState().range).toEqual([-2.5, 2.5]);
    await user.click(screen.getByRole('button', { name: /zoom out/i }));
    await user.click(screen.getByRole('button', { name: /zoom out/i }));
    expect(store.getState().range).toEqual([-10, 10]);
    await user.click(screen.getByRole('button', { name: 'Reset input range' }));
    expect(store.getState().range).toEqual([-5, 5]);
  });

  it('adds and removes compared functions, and offers the difference', async () => {
    const { store, user } = renderExplorer();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Function to compare' }), 'gelu');
    await user.click(screen.getByRole('button', { name: 'Add GELU to comparison' }));
    expect(store.getState().cmp).toEqual(['gelu']);
    const diff = screen.getByRole('checkbox', { name: /Show the difference ReLU − GELU/ });
    await user.click(diff);
    expect(store.getState().showDifference).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove GELU from comparison' }));
    expect(store.getState().cmp).toEqual([]);
    expect(screen.queryByRole('checkbox', { name: /difference/ })).toBeNull();
  });

  it('stops offering functions when the comparison is full', () => {
    renderExplorer({ cmp: ['leaky_relu', 'elu', 'gelu', 'gelu_tanh'] });
    expect(screen.queryByRole('combobox', { name: 'Function to compare' })).toBeNull();
    expect(screen.getByText('The comparison is full (4 functions).')).toBeTruthy();
  });

  it('shows and hides the derivative', async () => {
    const { store, user } = renderExplorer();
    await user.click(screen.getByRole('checkbox', { name: 'Show derivative f′' }));
    expect(store.getState().showDerivative).toBe(false);
  });
});

describe('Explorer language, theme and instances', () => {
  it('switches the language of every text and of the root', async () => {
    const { container, store, user } = renderExplorer();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(store.getState().lang).toBe('zh-CN');
    expect(screen.getByRole('combobox', { name: '激活函数' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('激活函数探索器');
    expect(container.querySelector('.ae-root')?.getAttribute('lang')).toBe('zh-CN');
    expect(screen.queryByText('Activation function')).toBeNull();
  });

  it('applies the chosen theme to the instance root', async () => {
    const { container, user } = renderExplorer();
    const root = container.querySelector('.ae-root')!;
    expect(root.getAttribute('data-theme')).toBe('light');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('follows the system colour scheme when the theme is "system"', () => {
    const listeners = new Set<() => void>();
    const mql = {
      matches: true,
      addEventListener: (_: string, fn: () => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    };
    vi.stubGlobal('matchMedia', () => mql);
    try {
      const { container } = renderExplorer();
      const root = container.querySelector('.ae-root')!;
      expect(root.getAttribute('data-theme')).toBe('dark');
      mql.matches = false;
      act(() => listeners.forEach((fn) => fn()));
      expect(root.getAttribute('data-theme')).toBe('light');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps two explorers on one page independent', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ExplorerProvider>
          <FullExplorer headingLevel={1} />
        </ExplorerProvider>
        <ExplorerProvider initial={{ lang: 'zh-CN' }}>
          <FullExplorer headingLevel={2} />
        </ExplorerProvider>
      </>,
    );
    const [first, second] = document.querySelectorAll<HTMLElement>('.ae-root');
    await user.selectOptions(
      within(first!).getByRole('combobox', { name: 'Activation function' }),
      'elu',
    );
    expect(within(first!).getByRole('slider', { name: 'α (alpha)' })).toBeTruthy();
    expect(within(second!).getByRole('combobox', { name: '激活函数' })).toHaveProperty(
      'value',
      'relu',
    );
    expect(within(second!).queryByRole('slider')).toBeNull();
    expect(first!.getAttribute('lang')).toBe('en');
    expect(second!.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('Explorer notices', () => {
  it('lists ignored URL parameters as text and can be dismissed', async () => {
    const { ignored } = decode(
      new URLSearchParams('fn=<script>alert(1)</script>&lang=<b>x</b>&xmin=-2e6'),
    );
    const { container, user } = renderExplorer({}, ignored);
    // The notices' text is a chunk of its own, loaded when there are notices.
    await screen.findByText(/unknown function/, {}, { timeout: 10_000 });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Ignored fn=<script>alert(1)</script>: unknown function.');
    expect(status.textContent).toContain('Ignored lang=<b>x</b>: expected en, zh-CN.');
    expect(status.textContent).toContain('xmin=-2e6 was clamped to -1000000.');
    expect(container.querySelector('script, b')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss these notices' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('translates notices with the language', async () => {
    const { ignored } = decode(new URLSearchParams('fn=leaky_relu&alpha=5'));
    renderExplorer({ fn: 'leaky_relu', params: { alpha: 1 }, lang: 'zh-CN' }, ignored);
    await screen.findByText(/超出范围/, {}, { timeout: 10_000 });
    expect(screen.getByRole('status').textContent).toContain('alpha=5 超出范围，已调整为 1。');
  });
});
