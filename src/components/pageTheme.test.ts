// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme, watchPageTheme } from './pageTheme';

const html = document.documentElement;

afterEach(() => {
  for (const el of [html, document.body]) {
    for (const a of ['class', 'style', 'data-theme', 'data-md-color-scheme']) el.removeAttribute(a);
  }
});

describe('pageTheme', () => {
  it('reads the markers documentation sites set', () => {
    html.setAttribute('data-theme', 'dark'); // Docusaurus
    expect(pageTheme(document)).toBe('dark');
    html.setAttribute('data-theme', 'light');
    expect(pageTheme(document)).toBe('light');
    html.removeAttribute('data-theme');
    html.className = 'dark'; // VitePress, Tailwind
    expect(pageTheme(document)).toBe('dark');
    html.className = '';
    document.body.setAttribute('data-md-color-scheme', 'slate'); // MkDocs Material
    expect(pageTheme(document)).toBe('dark');
    document.body.setAttribute('data-md-color-scheme', 'default');
    expect(pageTheme(document)).toBe('light');
  });

  it("falls back to the page's own background: a page without dark mode is light", () => {
    expect(pageTheme(document)).toBeNull();
    document.body.style.backgroundColor = 'rgb(253, 246, 227)';
    expect(pageTheme(document)).toBe('light');
    document.body.style.backgroundColor = 'rgb(18, 20, 23)';
    expect(pageTheme(document)).toBe('dark');
    // A see-through body shows the root's background.
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    html.style.backgroundColor = 'rgb(10, 10, 10)';
    expect(pageTheme(document)).toBe('dark');
  });

  it("is told when the site's switch changes a marker", async () => {
    let calls = 0;
    const stop = watchPageTheme(document, () => calls++);
    html.classList.add('dark');
    await Promise.resolve();
    expect(calls).toBe(1);
    document.body.setAttribute('data-theme', 'light');
    html.setAttribute('lang', 'fr'); // not a theme attribute
    await Promise.resolve();
    expect(calls).toBe(2);
    stop();
    html.classList.remove('dark');
    await Promise.resolve();
    expect(calls).toBe(2);
  });
});
