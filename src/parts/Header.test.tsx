// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore, type Theme } from '../state/explorerStore';
import { Header } from './Header';

function themeSelect(theme: Theme) {
  render(
    <ExplorerProvider store={createExplorerStore({ theme })}>
      <Header level={1} />
    </ExplorerProvider>,
  );
  return screen.getByRole('combobox', { name: 'Theme' }) as HTMLSelectElement;
}

afterEach(cleanup);

describe('Header theme switch', () => {
  it('shows the theme a link chose, also `inherit` (was a blank select)', () => {
    const select = themeSelect('inherit');
    expect(select.value).toBe('inherit');
    expect(select.selectedOptions[0]?.textContent).toBe('Host page');
  });

  it('offers `inherit` only when it is the current theme', () => {
    const values = [...themeSelect('dark').options].map((o) => o.value);
    expect(values).toEqual(['system', 'light', 'dark']);
  });
});
