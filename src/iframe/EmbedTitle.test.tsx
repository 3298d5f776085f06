// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore } from '../state/explorerStore';
import { EmbedTitle } from './EmbedTitle';

afterEach(cleanup);

describe('EmbedTitle', () => {
  it('names the shown function in a level-one heading and the document title, in the page language', () => {
    const store = createExplorerStore({ fn: 'leaky_relu', lang: 'en' });
    render(
      <ExplorerProvider store={store}>
        <EmbedTitle />
      </ExplorerProvider>,
    );
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Leaky ReLU · Activation Explorer');
    expect(document.title).toBe('Leaky ReLU · Activation Explorer');

    act(() => store.getState().setActivation('gelu'));
    act(() => store.getState().setLang('zh-CN'));
    expect(heading.textContent).toMatch(/^GELU · /);
    expect(heading.textContent).not.toMatch(/Activation Explorer/);
    expect(document.title).toBe(heading.textContent);
  });
});
