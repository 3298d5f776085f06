// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplorerProvider } from '../../state/context';
import { createExplorerStore } from '../../state/explorerStore';
import { EmbedButton } from './EmbedButton';

afterEach(cleanup);

describe('EmbedButton', () => {
  it('gives the iframe and web-component HTML of the current state', async () => {
    const store = createExplorerStore({
      lang: 'en',
      fn: 'leaky_relu',
      params: { alpha: 0.1 },
      range: [-3, 3],
    });
    const user = userEvent.setup();
    render(
      <ExplorerProvider store={store}>
        <EmbedButton baseUrl="https://ae.test/app/" />
      </ExplorerProvider>,
    );
    const button = screen.getByRole('button', { name: /^Embed this view/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');

    const iframe = await screen.findByRole('textbox', { name: 'Iframe HTML' });
    const wc = screen.getByRole('textbox', { name: 'Web component HTML' });
    expect((iframe as HTMLTextAreaElement).value).toContain(
      'src="https://ae.test/app/embed.html?fn=leaky_relu&amp;alpha=0.1&amp;xmin=-3&amp;xmax=3',
    );
    expect((wc as HTMLTextAreaElement).value).toContain(
      '<script type="module" src="https://ae.test/app/activation-explorer.js"></script>',
    );
    expect((wc as HTMLTextAreaElement).value).toContain(
      '<activation-explorer fn="leaky_relu" alpha="0.1" xmin="-3" xmax="3" lang="en">',
    );
    expect(screen.getByRole('button', { name: 'Copy the iframe HTML' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the web component HTML' })).toBeTruthy();

    // The snippets follow the state and the chosen controls.
    await user.type(screen.getByRole('textbox', { name: /Controls to show/ }), 'range,alpha');
    store.getState().setParam('alpha', 0.2);
    expect((await screen.findByDisplayValue(/alpha=0\.2/)).tagName).toBe('TEXTAREA');
    expect((wc as HTMLTextAreaElement).value).toContain('controls="range,alpha"');
  });
});
