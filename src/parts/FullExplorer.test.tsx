// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderExplorer } from '../components/explorer.testing';
import { preloadNotices } from './FullExplorer';

describe('FullExplorer notices', () => {
  it('once preloaded, the notices are in the first commit (no suspense fallback first)', async () => {
    await preloadNotices();
    // `render` commits synchronously: nothing here waits for a lazy chunk to resolve.
    const { container } = renderExplorer({}, [
      { param: 'zzz', value: '1', message: 'urlUnknownParam' },
    ]);
    expect(container.querySelector('.ae-notices')?.textContent).toMatch(
      /Ignored zzz=1: unknown parameter/,
    );
  });
});
