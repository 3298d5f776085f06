// A server (Node, no DOM) importing the element and the React package, as VitePress, Docusaurus,
// Astro or Next.js do while prerendering; tests/browser/ssr.test.ts repeats it on the built files.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

// Transforming the whole figure on first import takes seconds on a busy machine.
describe('on a server', () => {
  it('has no DOM here', () => {
    for (const name of ['window', 'document', 'customElements', 'HTMLElement'])
      expect(name in globalThis, name).toBe(false);
  });

  it('importing the element and the React package throws nothing and writes no global', async () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    await import('../element/wc');
    const lib = await import('./index');
    const added = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
    expect(added).toEqual([]);
    expect(typeof lib.ActivationExplorer).toBe('function');
  }, 30_000);

  it('renders the component to HTML in the language of its props, else English', async () => {
    const { ActivationExplorer } = await import('./index');
    const en = renderToString(<ActivationExplorer fn="elu" controls="alpha" />);
    expect(en).toContain('lang="en"');
    expect(en).toContain('α (alpha)');
    // No theme is resolved without a page: the CSS media query decides until hydration.
    expect(en).not.toContain('data-theme');
    const zh = renderToString(<ActivationExplorer fn="elu" lang="zh-CN" theme="inherit" />);
    expect(zh).toContain('lang="zh-CN"');
    expect(zh).toContain('data-inherit=""');
  });
});
