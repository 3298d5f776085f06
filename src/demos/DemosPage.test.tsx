// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { normalCdf } from '../math';
import { renderDemos } from './demos.testing';

afterEach(cleanup);

const wait = { timeout: 20_000 };

describe('demos page', { timeout: 60_000 }, () => {
  it('shows every demo on view=why, each with a link to itself carrying the settings', () => {
    renderDemos('view=why&dying.lr=0.1&lang=en');
    expect(screen.getByRole('heading', { level: 1, name: 'Activation Explorer' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Why ReLU works' })).toBeTruthy();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([
      '1. Cost: ReLU is cheap to compute',
      '2. Gradient flow: vanishing and exploding gradients through depth',
      '3. Sparsity: ReLU outputs exact zeros',
      '4. Dying ReLU: units that stop learning',
      '5. PReLU learns α',
      '6. A distribution through the activation',
    ]);
    const dying = screen.getByRole('region', { name: '4. Dying ReLU: units that stop learning' });
    expect(within(dying).getByRole('link', { name: 'Open this demo on its own' })).toHaveProperty(
      'search',
      '?view=dying&dying.lr=0.1',
    );
    expect(screen.getByRole('link', { name: 'Back to the explorer' })).toBeTruthy();
  });

  it('shows one demo on its own, as a level-2 section, with a link to all five', () => {
    renderDemos('view=depth');
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Gradient flow/);
    expect(screen.getByRole('link', { name: 'All demos' })).toHaveProperty('search', '?view=why');
  });

  it('embedded: no page header or links, just the demo', () => {
    renderDemos('view=sparsity', { embed: true });
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Embed this demo/ })).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Sparsity/);
  });

  it('reports bad URL values in a status region and still shows the demo', () => {
    renderDemos('view=nope&depth.width=abc&dying.lr=0.07&foo=bar');
    const notices = screen
      .getAllByRole('status')
      .find((s) => /not used as given/.test(s.textContent ?? ''))!;
    const items = within(notices)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Ignored view=nope: expected why, cost, depth, sparsity, dying, prelu, distribution.',
      'Ignored depth.width=abc: not a finite number.',
      'dying.lr=0.07 was rounded to 0.05.',
      'Ignored foo=bar: unknown parameter.',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(6);
    fireEvent.click(within(notices).getByRole('button', { name: 'Dismiss these notices' }));
    expect(within(notices).queryByRole('listitem')).toBeNull();
  });

  it('speaks the chosen language and carries the theme', () => {
    const { container } = renderDemos('view=prelu&lang=zh-CN&theme=dark');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('5. PReLU 学习 α');
    const root = container.querySelector('.ae-root')!;
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('lang')).toBe('zh-CN');
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('5. PReLU learns α');
  });
});

describe('embedding', () => {
  const open = (name: string | RegExp) => screen.getByRole('link', { name });

  it('an embedded demo links to the same demo and settings on the full page, in a new tab', () => {
    const { demos } = renderDemos('view=sparsity&sparsity.mu=1&theme=dark', {
      embed: true,
      appUrl: 'https://ae.test/app/',
    });
    const link = open('Open in Activation Explorer (opens a new tab)');
    expect(link.textContent).toBe('Open in Activation Explorer');
    expect(link.getAttribute('href')).toBe(
      'https://ae.test/app/?view=sparsity&sparsity.mu=1&lang=en&theme=dark',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    // The link follows what the reader changes in the embed.
    fireEvent.change(screen.getByRole('slider', { name: 'Mean μ' }), { target: { value: '-0.5' } });
    expect(demos.getState().sparsity.mu).toBe(-0.5);
    expect(link.getAttribute('href')).toBe(
      'https://ae.test/app/?view=sparsity&sparsity.mu=-0.5&lang=en&theme=dark',
    );
  });

  it('on view=why each demo links to itself, in the embed’s language', () => {
    renderDemos('view=why&dying.lr=0.1&depth.layers=12&lang=zh-CN', {
      embed: true,
      appUrl: 'https://ae.test/',
    });
    const links = screen.getAllByRole('link', { name: '在激活函数探索器中打开（新标签页）' });
    expect(links).toHaveLength(6);
    const dying = screen.getByRole('region', {
      name: '4. Dying ReLU（神经元死亡）：停止学习的神经元',
    });
    expect(within(dying).getByRole('link').getAttribute('href')).toBe(
      'https://ae.test/?view=dying&dying.lr=0.1&lang=zh-CN',
    );
  });

  it('on the page, each demo offers the iframe HTML of itself with its current settings', async () => {
    const { demos } = renderDemos('view=why&dying.lr=0.1&depth.layers=12');
    const buttons = screen.getAllByRole('button', {
      name: 'Embed this demo: show HTML to put it in another page',
    });
    expect(buttons).toHaveLength(6);
    const dying = screen.getByRole('region', { name: '4. Dying ReLU: units that stop learning' });
    const button = within(dying).getByRole('button', { name: /^Embed this demo/ });
    expect(button.textContent).toBe('Embed this demo');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const html = within(dying).getByRole<HTMLTextAreaElement>('textbox', { name: 'Iframe HTML' });
    // Only this demo's settings, and the language so that readers see the author's.
    const src = new URL('embed.html?view=dying&dying.lr=0.1&lang=en', location.href).href;
    expect(html.value).toBe(
      `<iframe src="${src.replace(/&/g, '&amp;')}"` +
        ' title="Activation Explorer: 4. Dying ReLU: units that stop learning"' +
        ' width="100%" height="900" loading="lazy" frameborder="0"></iframe>\n' +
        `<script src="${new URL('embed/autosize.js', location.href).href}" defer></script>`,
    );
    expect(button.getAttribute('aria-controls')).toBe(html.closest('.ae-embed-panel')!.id);
    expect(within(dying).getByText(/^Demos embed by iframe only/)).toBeTruthy();
    expect(within(dying).getByRole('button', { name: 'Copy the iframe HTML' })).toBeTruthy();
    // No web component for demos, and no `controls` (they do not apply).
    expect(within(dying).queryByRole('textbox', { name: 'Web component HTML' })).toBeNull();
    expect(within(dying).queryByRole('textbox', { name: /Controls to show/ })).toBeNull();

    act(() => demos.getState().update('dying', { units: 20 }));
    expect(html.value).toContain('?view=dying&amp;dying.units=20&amp;dying.lr=0.1&amp;lang=en"');
  });

  it('says in Chinese that demos embed by iframe only', () => {
    renderDemos('view=prelu&lang=zh-CN');
    fireEvent.click(screen.getByRole('button', { name: /^嵌入此演示/ }));
    expect(screen.getByText(/^演示只能通过 iframe 嵌入/)).toBeTruthy();
    const html = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'iframe HTML' });
    expect(html.value).toContain('view=prelu&amp;lang=zh-CN"');
    expect(html.value).toContain('title="激活函数探索器：5. PReLU 学习 α"');
  });
});

describe('sparsity panel', { timeout: 60_000 }, () => {
  it('renders from the URL and states the share of exact zeros next to Φ(−μ/σ)', async () => {
    renderDemos('view=sparsity&sparsity.mu=1&sparsity.fn=relu,gelu');
    expect(screen.getByRole('slider', { name: 'Mean μ' })).toHaveProperty('value', '1');
    const summary = await screen.findByTestId('summary-sparsity', {}, wait);
    const expected = (100 * normalCdf(-1)).toFixed(1);
    await waitFor(() => expect(summary.textContent).toContain(`(expected ${expected} %)`), wait);
    expect(summary.textContent).toMatch(/^ReLU: 1[56]\.\d % of outputs are exactly 0/);
    expect(summary.textContent).toContain('GELU: 0 % of outputs are exactly 0 (expected 0 %)');
    // Screen readers hear the same words from the live region (the visible copy is hidden).
    const live = screen.getByRole('status', { name: 'Result in words' });
    await waitFor(() => expect(live.textContent).toBe(summary.textContent), wait);
    expect(summary.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getAllByTestId('sparsity-spike')).toHaveLength(1);
  });

  it('recomputes when a slider moves', async () => {
    const { demos } = renderDemos('view=sparsity&sparsity.fn=relu');
    const summary = await screen.findByTestId('summary-sparsity', {}, wait);
    await waitFor(() => expect(summary.textContent).toContain('(expected 50.0 %)'), wait);
    const slider = screen.getByRole('slider', { name: 'Mean μ' });
    fireEvent.change(slider, { target: { value: '-1' } });
    expect(demos.getState().sparsity.mu).toBe(-1);
    const expected = (100 * normalCdf(1)).toFixed(1);
    await waitFor(() => expect(summary.textContent).toContain(`expected ${expected} %`), wait);
  });
});

describe('depth panel', { timeout: 60_000 }, () => {
  it('draws a band and a median per function and states how the gradient changes with depth', async () => {
    renderDemos('view=depth&depth.layers=20&depth.fn=relu,sigmoid&depth.width=16');
    const summary = await screen.findByTestId('summary-depth', {}, wait);
    const lines = [...summary.querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(lines[0]).toMatch(
      /^ReLU: the gradient at layer 1 is [\d.]+ times the one at layer 20 \(median of 8 networks; from [\d.]+ to [\d.]+\): /,
    );
    const sigmoid = lines.find((l) => l.startsWith('Sigmoid:'))!;
    expect(sigmoid).toMatch(
      /^Sigmoid: the gradient at layer 1 is [\d.]+e−\d+ times .*a vanishing gradient\.$/,
    );
    expect(screen.getAllByTestId('depth-grad-line')).toHaveLength(2);
    expect(screen.getAllByTestId('depth-band')).toHaveLength(2);
    const table = screen.getByRole('table', {
      name: /^Layer 1 against layer 20 in 8 networks \(seeds 1 to 8\)/,
    });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['ReLU', 'Sigmoid']);
  });
});

describe('cost panel', { timeout: 60_000 }, () => {
  it('runs the benchmark on request, with progress, and compares with ReLU', async () => {
    renderDemos('view=cost&cost.size=65536&cost.fn=elu');
    expect(screen.getByText(/Press “Run benchmark”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run benchmark' }));
    expect(screen.getByRole('progressbar', { name: 'Benchmark progress' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run benchmark' })).toHaveProperty('disabled', true);
    const summary = await screen.findByTestId('summary-cost', {}, { timeout: 40_000 });
    expect(summary.textContent).toMatch(/ReLU: f [\d.]+ ns per element \(1× ReLU\)/);
    expect(summary.textContent).toMatch(/ELU: f [\d.]+ ns per element \([\d.]+× ReLU\)/);
    const rows = screen.getAllByRole('row').map((r) => r.querySelector('th')?.textContent);
    expect(rows).toEqual(['Function', 'ReLU', 'ELU']);
  });
});

describe('distribution panel', { timeout: 60_000 }, () => {
  it('shows histograms with a spike for ReLU’s zeros, tables of moments and the claims in words', async () => {
    const { demos } = renderDemos(
      'view=distribution&distribution.samples=10000&distribution.fn=relu,elu,selu&distribution.layers=5',
    );
    const summary = await screen.findByTestId('summary-distribution', {}, wait);
    expect(summary.textContent).toMatch(/^ReLU: mean 0\.\d+, variance/);
    expect(summary.textContent).toContain('ELU’s expected output 0.1605 is closer to 0');
    expect(summary.textContent).toContain('SELU’s outputs keep mean 0 and variance 1');
    expect(screen.getAllByTestId('sparsity-spike')).toHaveLength(1);
    expect(screen.getAllByRole('table')).toHaveLength(3);
    expect(screen.getByRole('columnheader', { name: 'Closed form' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader', { name: 'By quadrature' })).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: /^Initialisation/ }), {
      target: { value: 'he' },
    });
    expect(demos.getState().distribution.init).toBe('he');
    await waitFor(() => expect(summary.textContent).toContain('SELU’s outputs leave mean 0'), wait);
    fireEvent.change(screen.getByRole('combobox', { name: 'Pre-activation z' }), {
      target: { value: 'layer' },
    });
    expect(screen.getByRole('slider', { name: 'Fan-in (inputs per neuron)' })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: 'Mean μ' })).toBeNull();
  });
});
