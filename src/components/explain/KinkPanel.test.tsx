// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getActivation, type Params } from '../../math';
import type { Lang } from '../../i18n/types';
import { ExplorerProvider } from '../../state/context';
import { KinkPanel } from './KinkPanel';

afterEach(cleanup);

function renderPanel(id: string, params: Params = {}, lang: Lang = 'en') {
  return render(
    <ExplorerProvider initial={{ lang }}>
      <KinkPanel a={getActivation(id)!} params={params} headingLevel={4} />
    </ExplorerProvider>,
  );
}

describe('KinkPanel', () => {
  it('explains ReLU’s kink: subgradients [0, 1], PyTorch’s 0 and other operations with sources', () => {
    const { container } = renderPanel('relu');
    expect(screen.getByRole('heading', { level: 4, name: 'At x = 0' })).toBeTruthy();
    const text = container.textContent!;
    expect(text).toContain('At a kink f has no single slope');
    expect(text).toContain('0 from the left, 1 from the right');
    expect(text).toContain(
      'f is convex near x = 0, so its subgradients there are exactly the interval [0, 1]',
    );
    expect(text).toContain('returns 0, the value the plot shows');
    const table = screen.getByRole('table');
    const row = (code: string) => within(table).getByText(code).closest('tr')!;
    expect(row('torch.clamp(x, min=0)').textContent).toContain('1');
    expect(row('torch.maximum(x, torch.zeros_like(x))').textContent).toContain('0.5');
    expect(row('torch.maximum(x, torch.zeros_like(x))').textContent).toContain(
      'self: at::where(self == other, grad / 2, grad).masked_fill_(self < other, 0)',
    );
    expect(row('torch.relu(x) # torch.nn.ReLU()').textContent).toContain('torch.nn uses this');
    expect(table.textContent).toContain('tools/autograd/derivatives.yaml');
    expect(table.textContent).not.toContain('not a valid value');
  });

  it('does not say “subgradient” where f is concave or bends both ways', () => {
    const relu6 = renderPanel('relu6').container.textContent!;
    expect(relu6).toContain('f is concave near x = 6, so it has no subgradient there');
    cleanup();
    const elu = renderPanel('elu', { alpha: 2 }).container.textContent!;
    expect(elu).toContain('neither convex nor concave near x = 0');
    expect(elu).toContain('[1, 2]');
    // The two-clamp spelling returns 1 + α = 3: outside [1, 2].
    expect(elu).toContain('outside [1, 2]: not a valid value');
  });

  it('says a jump has no slope, and a removable point is no kink of f', () => {
    expect(renderPanel('hardshrink').container.textContent).toContain(
      'f jumps at x = −0.5, from −0.5 to 0: no slope describes a step',
    );
    cleanup();
    expect(renderPanel('softshrink', { lambd: 0 }).container.textContent).toContain(
      'f is the identity near x = 0, so its derivative there is 1; PyTorch’s rule still returns 0',
    );
  });

  it('says there is nothing to choose for a smooth function, and speaks Chinese', () => {
    expect(renderPanel('gelu').container.textContent).toContain('No kinks');
    cleanup();
    // CELU's kink is a C¹ join: f has one slope there, so “no single slope” would be false.
    const celu = renderPanel('celu').container.textContent!;
    expect(celu).toContain('Here f′ has one value at every point');
    expect(celu).not.toContain('no single slope');
    expect(celu).toContain('f is differentiable at x = 0: both one-sided derivatives are 1');
    cleanup();
    const zh = renderPanel('relu', {}, 'zh-CN').container.textContent!;
    expect(zh).toContain('次梯度恰好构成两个单侧导数之间的区间 [0, 1]');
    expect(zh).toContain('torch.nn 使用的就是它');
  });
});
