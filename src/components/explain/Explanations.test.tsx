// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { activations, getActivation } from '../../math';
import { codeSnippets } from '../../explain/code';
import { LANGS } from '../../i18n/types';
import { explain } from '../../i18n/sections/explain';
import { descriptionKey } from './descriptionKey';
import { ExplorerProvider } from '../../state/context';
import { createExplorerStore } from '../../state/explorerStore';
import type { ExplorerState } from '../../state/explorerStore';
import { loadFormulaEngine } from '../../state/formula';
import { Explanations } from './Explanations';

afterEach(cleanup);

function renderExplanations(initial?: Partial<ExplorerState>) {
  return render(
    <ExplorerProvider initial={initial}>
      <Explanations headingLevel={2} />
    </ExplorerProvider>,
  );
}

describe('Explanations', () => {
  it('typesets f and f′ with KaTeX, with MathML for assistive technology', async () => {
    const { container } = renderExplanations();
    await waitFor(() => expect(container.querySelectorAll('math')).toHaveLength(2));
    expect(container.querySelector('annotation')?.textContent).toContain('\\max(0, x)');
  });

  it('lists parameter values beside the formula, with symbols in the TeX', () => {
    renderExplanations({ fn: 'leaky_relu', params: { alpha: 0.2 } });
    expect(screen.getByText('α = 0.2')).toBeTruthy();
  });

  it('lists properties, the PyTorch spelling and the gradient at the kink', () => {
    renderExplanations();
    const props = screen.getByRole('heading', { name: 'Properties' }).parentElement!;
    expect(within(props).getByText('[0, ∞)')).toBeTruthy();
    expect(within(props).getByText('torch.nn.ReLU()')).toBeTruthy();
    expect(props.textContent).toContain(
      'At x = 0: f′ is 0 from the left and 1 from the right; PyTorch’s autograd returns 0.',
    );
    expect(props.textContent).toContain('f′ is exactly 0 for x in (−∞, 0]');
  });

  it('follows parameter changes once a slider pauses, and function changes at once', async () => {
    const store = createExplorerStore({ fn: 'leaky_relu', params: { alpha: 0.01 } });
    render(
      <ExplorerProvider store={store}>
        <Explanations headingLevel={2} />
      </ExplorerProvider>,
    );
    expect(screen.getByText('torch.nn.LeakyReLU()')).toBeTruthy();
    act(() => {
      for (const v of [0.1, 0.15, 0.2]) store.getState().setParam('alpha', v);
    });
    // The settle pause, a deferred render and the whole section in jsdom: past the default 1 s
    // on a busy machine.
    const settled = { timeout: 4000 };
    expect(
      await screen.findByText('torch.nn.LeakyReLU(negative_slope=0.2)', {}, settled),
    ).toBeTruthy();
    act(() => void store.getState().setActivation('elu'));
    expect(screen.getByRole('heading', { name: 'About ELU' })).toBeTruthy();
    expect(screen.getByText('torch.nn.ELU()')).toBeTruthy();
  });

  it('catches up with a formula being typed once the typing pauses, as a pair', async () => {
    await loadFormulaEngine();
    const store = createExplorerStore({ fn: 'custom', expr: 'x * sigmoid(b * x)' });
    render(
      <ExplorerProvider store={store}>
        <Explanations headingLevel={2} />
      </ExplorerProvider>,
    );
    const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
    expect(heading()).toBe('About x * sigmoid(b * x)');
    // Keystrokes: each new formula goes to the plot at once; down here the last one shows once
    // the typing pauses, with its own parameters (c), never the old formula's (b).
    act(() => void store.getState().apply({ expr: 'x * sigmoid(c * x)' }));
    act(() => void store.getState().apply({ expr: 'c * x' }));
    expect(heading()).toBe('About x * sigmoid(b * x)');
    await waitFor(() => expect(heading()).toBe('About c * x'), { timeout: 4000 });
    expect(screen.getByText('c = 1')).toBeTruthy();
    expect(screen.queryByText('b = 1')).toBeNull();
  });

  it('shows NumPy and PyTorch code in tabs and copies it', async () => {
    // user-event installs a clipboard stub on navigator.clipboard.
    const user = userEvent.setup();
    renderExplanations();
    const numpy = screen.getByRole('tab', { name: 'NumPy' });
    expect(numpy.getAttribute('aria-selected')).toBe('true');
    const code = () => screen.getByRole('tabpanel').textContent ?? '';
    // Exactly the script whose printed output src/explain/code.fixture.test.ts checks.
    expect(code()).toBe(codeSnippets(getActivation('relu')!)!.numpy);
    numpy.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'PyTorch' }).getAttribute('aria-selected')).toBe('true');
    expect(code()).toContain('torch');
    await user.click(screen.getByRole('button', { name: 'Copy PyTorch code' }));
    expect(await navigator.clipboard.readText()).toBe(code());
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('describes every activation in one line, in both languages', () => {
    for (const a of activations)
      for (const lang of LANGS) {
        const key = descriptionKey(a.id);
        expect(key, a.id).not.toBeNull();
        expect(explain[key!][lang]).toMatch(/\S/);
      }
  });

  it('is translated', () => {
    renderExplanations({ lang: 'zh-CN' });
    expect(screen.getByRole('heading', { name: '性质' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '代码' })).toBeTruthy();
  });
});
