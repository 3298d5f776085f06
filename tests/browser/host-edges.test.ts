// The host edges of issue 14 on the built files: the element and the React package imported on
// a server (Node, no DOM), the React component's server HTML under a documentation site's prose
// CSS, the element following the page's theme, font and custom properties, the iframe snippet
// under `style-src 'self'`, and the iframe's messages with its parent.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, inject, it } from 'vitest';
import { iframeHtml } from '../../src/parts/embedDialog/snippets';
import { setupBrowser } from './helpers';
import { ROOT } from './paths';

const run = promisify(execFile);
const DIST = join(ROOT, 'dist');
const browser = setupBrowser();

describe('on a server (Node, no DOM)', () => {
  it('importing dist/activation-explorer.js throws nothing and writes no global', async () => {
    const probe = `
      const before = new Set(Object.getOwnPropertyNames(globalThis));
      const m = await import(${JSON.stringify(join(DIST, 'activation-explorer.js'))});
      const added = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
      console.log(JSON.stringify({ exports: Object.keys(m), added }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe]);
    const { exports, added } = JSON.parse(stdout) as { exports: string[]; added: string[] };
    // Besides its API, the file exports (minified) what its lazy parts import back from it.
    expect(exports).toContain('defineActivationExplorer');
    expect(added).toEqual([]);
  });

  it("the React package starts with 'use client' and renders to HTML", async () => {
    const file = join(DIST, 'lib', 'activation-explorer.js');
    expect((await readFile(file, 'utf8')).split('\n')[0]).toBe("'use client';");
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const lib = (await import(file)) as typeof import('../../src/lib/index');
    const html = renderToString(h(lib.ActivationExplorer, { fn: 'elu', controls: 'alpha' }));
    expect(html).toContain('class="ae-root ae-embedded"');
    expect(Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n))).toEqual([]);
  });
});

/** Prose rules as Docusaurus (`.markdown`) and VitePress (`.vp-doc`) write them. */
const PROSE_CSS = `
.markdown ul { padding-left: 2rem; margin: 0 0 24px; list-style: disc; }
.markdown li + li { margin-top: 12px; }
.markdown a { color: rgb(255, 0, 0); }
`;

describe('the React component in a page with prose CSS', () => {
  it('keeps its legend and compared-function list as the figure draws them', async () => {
    const lib = (await import(
      join(DIST, 'lib', 'activation-explorer.js')
    )) as typeof import('../../src/lib/index');
    const markup = renderToString(
      h(lib.ActivationExplorer, {
        fn: 'leaky_relu',
        cmp: ['relu', 'elu'],
        controls: 'compare',
        lang: 'en',
        appUrl: 'https://example.org/ae/',
      }),
    );
    const css = await readFile(join(DIST, 'lib', 'activation-explorer.css'), 'utf8');
    const { page } = await browser.open();
    const measure = async (prose: string) => {
      await page.setContent(
        `<!doctype html><html lang="en"><head><style>${css}</style><style>${prose}</style></head>` +
          `<body><article class="markdown">${markup}</article></body></html>`,
      );
      return page.evaluate(() =>
        [...document.querySelectorAll('.ae-root ul, .ae-root li, .ae-root a')].map((el) => {
          const s = getComputedStyle(el);
          return [
            el.localName,
            s.marginTop,
            s.marginBottom,
            s.paddingLeft,
            s.listStyleType,
            s.color,
          ].join(' ');
        }),
      );
    };
    const alone = await measure('');
    expect(alone.length).toBeGreaterThan(4);
    expect(await measure(PROSE_CSS)).toEqual(alone);
  });
});

describe('<activation-explorer theme="inherit">', () => {
  it("follows the page's dark-mode class, font and custom properties", async () => {
    const { page, errors } = await browser.open();
    await page.goto(new URL('examples/embed-test.html', inject('baseURL')).href);
    await page.locator('activation-explorer').first().waitFor();
    const read = () =>
      page.evaluate(() => {
        const root = document.querySelector('#ae-inherit')!.shadowRoot!.querySelector('.ae-root')!;
        const s = getComputedStyle(root);
        return {
          theme: root.getAttribute('data-theme'),
          font: s.fontFamily,
          bg: s.backgroundColor,
          size: s.fontSize,
        };
      });
    await page.evaluate(() => {
      document.body.style.fontFamily = 'Georgia, serif';
      const el = document.createElement('activation-explorer');
      el.id = 'ae-inherit';
      el.setAttribute('theme', 'inherit');
      el.setAttribute('fn', 'relu');
      document.body.append(el);
      // A figure sets up only near the viewport (element/nearViewport.ts).
      el.scrollIntoView();
    });
    await page.waitForFunction(() =>
      document.querySelector('#ae-inherit')?.shadowRoot?.querySelector('.ae-root'),
    );
    expect(await read()).toMatchObject({
      theme: 'light',
      font: 'Georgia, serif',
      bg: 'rgba(0, 0, 0, 0)',
    });
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await expect.poll(async () => (await read()).theme).toBe('dark');
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('#ae-inherit')!;
      el.style.setProperty('--ae-background', 'rgb(253, 246, 227)');
      el.style.setProperty('--ae-font-family', 'monospace');
      el.style.setProperty('--ae-font-size', '20px');
    });
    expect(await read()).toMatchObject({
      bg: 'rgb(253, 246, 227)',
      font: 'monospace',
      size: '20px',
    });
    expect(errors).toEqual([]);
  });
});

describe('the iframe', () => {
  it("draws no border from the snippet under style-src 'self', and violates nothing", async () => {
    const { page } = await browser.open();
    const src = new URL('embed.html?fn=elu&controls=none', inject('baseURL')).href;
    // A page with nothing but the policy: the browser's own iframe border would show.
    await page.setContent(
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="style-src 'self'"></head><body></body></html>`,
    );
    const result = await page.evaluate(
      async (html) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          violations.push(e.violatedDirective),
        );
        const box = document.createElement('div');
        box.innerHTML = html;
        document.body.append(box);
        const frame = box.querySelector('iframe')!;
        await new Promise((done) => setTimeout(done, 300));
        const s = getComputedStyle(frame);
        return { border: [s.borderTopWidth, s.borderLeftWidth], violations };
      },
      iframeHtml(src, 'ELU'),
    );
    expect(result).toEqual({ border: ['0px', '0px'], violations: [] });
  });

  it('posts settled changes with its id, and takes valid set messages from its parent only', async () => {
    const { page, errors } = await browser.open();
    const src = new URL(
      'embed.html?fn=leaky_relu&alpha=0.1&controls=alpha&lang=en&id=fig-1',
      inject('baseURL'),
    ).href;
    await page.goto(new URL('examples/embed-test.html', inject('baseURL')).href);
    await page.evaluate((url) => {
      (window as unknown as { got: unknown[] }).got = [];
      addEventListener('message', (e) => {
        if (e.data?.type === 'activation-explorer:change')
          (window as unknown as { got: unknown[] }).got.push(e.data);
      });
      const f = document.createElement('iframe');
      f.id = 'talk';
      f.src = url;
      f.width = '600';
      f.height = '600';
      document.body.prepend(f);
    }, src);
    const frame = page.frameLocator('#talk');
    const slider = frame.getByRole('slider', { name: /\(alpha\)/ });
    await slider.waitFor();
    // A hostile message first, then a valid one.
    await page.evaluate(() => {
      const w = document.querySelector<HTMLIFrameElement>('#talk')!.contentWindow!;
      w.postMessage(
        {
          type: 'activation-explorer:set',
          patch: { alpha: 'x'.repeat(10000), __proto__: { alpha: 0.9 } },
        },
        '*',
      );
      w.postMessage('activation-explorer:set', '*');
      w.postMessage({ type: 'activation-explorer:set', patch: { alpha: 0.3 } }, '*');
    });
    await expect.poll(() => slider.inputValue()).toBe('0.3');
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { got: unknown[] }).got.length))
      .toBe(1);
    const [message] = await page.evaluate(() => (window as unknown as { got: unknown[] }).got);
    expect(message).toMatchObject({
      type: 'activation-explorer:change',
      id: 'fig-1',
      value: { fn: 'leaky_relu', params: { alpha: Number(await slider.inputValue()) } },
    });
    expect(errors).toEqual([]);
  });
});
