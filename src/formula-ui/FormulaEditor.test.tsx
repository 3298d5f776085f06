// @vitest-environment jsdom
/**
 * The custom formula in the figure: the picker's "Custom formula…" entry, the formula field
 * (labelled, typed into, errors in both languages at their position, last valid formula
 * kept), the generated sliders and their editable ranges, and f, f′ as TeX.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Explorer } from '../components/Explorer';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore, type ExplorerState } from '../state/explorerStore';
import { loadFormulaEngine } from '../state/formula';

// The plot is tested on its own (and in the browser); here it would need layout jsdom lacks.
vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

afterEach(cleanup);

function renderFigure(initial?: Partial<ExplorerState>) {
  const store = createExplorerStore(initial);
  const user = userEvent.setup();
  render(
    <ExplorerProvider store={store}>
      <Explorer />
    </ExplorerProvider>,
  );
  return { store, user };
}

// The first use loads the engine and the editor chunk, slow under jsdom.
const field = (name = 'Formula f(x)') =>
  screen.findByRole('textbox', { name }, { timeout: 10_000 });

/** Puts a whole text into the field at once, as a paste does. */
async function paste(text: string, name?: string) {
  const input = await field(name);
  fireEvent.change(input, { target: { value: text } });
  return input;
}

/** Replaces the field's text as a user would: select all, type. */
async function retype(user: ReturnType<typeof userEvent.setup>, text: string) {
  const input = await field();
  await user.clear(input);
  // `{` and `[` start key descriptors in user-event; formulas here use neither.
  await user.type(input, text);
  return input;
}

describe('custom formula', () => {
  it(
    'the picker offers it last; choosing it loads the engine and opens the field',
    { timeout: 30_000 },
    async () => {
      const { store, user } = renderFigure();
      const picker = screen.getByRole('combobox', { name: 'Activation function' });
      const options = within(picker).getAllByRole('option');
      expect(options.at(-1)!.textContent).toBe('Custom formula…');
      expect(screen.queryByRole('textbox', { name: 'Formula f(x)' })).toBeNull();
      await user.selectOptions(picker, 'custom');
      expect(await field()).toHaveProperty('value', 'x * sigmoid(b * x)');
      expect(store.getState().fn).toBe('custom');
      // Its free name has a slider like a built-in parameter: default 1, range −3…3.
      const b = screen.getByRole('slider', { name: 'b (b)' });
      expect([b.getAttribute('min'), b.getAttribute('max'), (b as HTMLInputElement).value]).toEqual(
        ['-3', '3', '1'],
      );
    },
  );

  it('typing a formula draws it: new sliders, the store and f, f′ as TeX follow', async () => {
    await loadFormulaEngine();
    const { store, user } = renderFigure({ fn: 'custom', params: { b: 1 } });
    await retype(user, 'max(0, x) + a * min(0, x)');
    await waitFor(() => expect(store.getState().expr).toBe('max(0, x) + a * min(0, x)'));
    expect(store.getState().params).toEqual({ a: 1 });
    expect(screen.getByRole('slider', { name: 'a (a)' })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: 'b (b)' })).toBeNull();
    const tex = screen.getByRole('group', { name: 'f and its derivative f′' });
    await waitFor(() => expect(tex.textContent).toMatch(/max/));
  });

  it('a bad formula says what and where, marks it, and the last valid formula stays', async () => {
    await loadFormulaEngine();
    const { store, user } = renderFigure({ fn: 'custom', params: { b: 1 } });
    const input = await retype(user, 'max(0, x))');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)!;
    expect(error.textContent).toContain('At character 10: unbalanced parentheses.');
    expect(error.querySelector('mark')!.textContent).toBe(')');
    expect(store.getState().expr).toBe('x * sigmoid(b * x)');
    // Fixing it clears the message and draws the new formula.
    await user.type(input, '{Backspace}');
    await waitFor(() => expect(store.getState().expr).toBe('max(0, x)'));
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(error.textContent).toBe('');
  });

  it('writes its messages in Chinese too', async () => {
    await loadFormulaEngine();
    renderFigure({ fn: 'custom', params: { b: 1 }, lang: 'zh-CN' });
    await paste('x + foo(x)', '公式 f(x)');
    await waitFor(() => expect(screen.getByText('第 5 个字符处：未知函数“foo”。')).toBeTruthy());
  });

  it('shows hostile text as text: no element is created from it', async () => {
    await loadFormulaEngine();
    const { store } = renderFigure({ fn: 'custom', params: { b: 1 } });
    const input = await paste('<img src=x onerror=alert(1)>');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.querySelector('img')).toBeNull();
    expect(
      screen.getByText(
        /At character 1: “<” is not part of the formula language|At character 1: unexpected “<”/,
      ),
    ).toBeTruthy();
    for (const text of ['constructor', 'x * __proto__']) {
      await paste(text);
      await waitFor(() =>
        expect(screen.getByText(/cannot be used as a parameter name/)).toBeTruthy(),
      );
    }
    expect(store.getState().expr).toBe('x * sigmoid(b * x)');
  });

  it('a parameter’s slider range is editable; a refused one says why', async () => {
    await loadFormulaEngine();
    const { store, user } = renderFigure({ fn: 'custom', params: { b: 1 } });
    const max = await screen.findByRole('textbox', { name: 'b max' });
    await user.clear(max);
    await user.type(max, '5{Enter}');
    expect(store.getState().paramRanges).toEqual({ b: [-3, 5] });
    expect(screen.getByRole('slider', { name: 'b (b)' }).getAttribute('max')).toBe('5');
    const min = screen.getByRole('textbox', { name: 'b min' });
    await user.clear(min);
    await user.type(min, '7{Enter}');
    expect(min.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/The range of b must have min < max/)).toBeTruthy();
    expect(store.getState().paramRanges).toEqual({ b: [-3, 5] });
  });

  it('follows a formula set from elsewhere (URL, attribute, prop)', async () => {
    await loadFormulaEngine();
    const { store } = renderFigure({ fn: 'custom', params: { b: 1 } });
    const input = await field();
    act(() => {
      store.getState().apply({ expr: 'tanh(x)' });
    });
    expect(input).toHaveProperty('value', 'tanh(x)');
  });
});
