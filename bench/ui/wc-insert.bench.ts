/**
 * `npm run bench:embed` — the embedding numbers of issue 4 ("Performance"), on the built site
 * in headless Chromium. A benchmark, not a test: it prints and asserts nothing.
 *
 * (a) gzip bytes of the web component, dist/activation-explorer.js (React included);
 * (b) gzip bytes the React package adds to an app besides React: its entry and static chunks
 *     (as published, and minified the way an app's build would), dependencies other than
 *     React included;
 * (c) ms from inserting an `<activation-explorer>` to the frame that paints its first curve,
 *     median of 20 (each in a fresh page with the module already loaded), and the same with the
 *     module loaded at insertion (a page's first element pays for parsing React once).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../../tests/browser/browser';
import { ROOT } from '../../tests/browser/paths';
import { buildApp, DIST, serveDist } from '../../tests/browser/server';
import { kb, median, ms, quantile, table } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LIB_OUT = join(ROOT, 'dist-bench-embed');

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/**
 * Page-side: inserts an element (after adding the module script when `src` is given) and
 * resolves with the ms until the frame that shows its first curve has been painted: a rAF
 * callback sees the curve in the shadow DOM, and a MessageChannel task queued from it runs right
 * after that frame's rendering step. A string, so the Node-side TypeScript loader adds nothing.
 */
const INSERT_AND_TIME = `(src) => new Promise((resolve) => {
  const t0 = performance.now();
  if (src) {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = src;
    document.head.append(s);
  }
  const el = document.createElement('activation-explorer');
  for (const [k, v] of [['fn', 'leaky_relu'], ['alpha', '0.1'], ['xmin', '-3'], ['xmax', '3'], ['derivative', ''], ['controls', 'alpha']])
    el.setAttribute(k, v);
  document.body.append(el);
  const curve = () => [...(el.shadowRoot ? el.shadowRoot.querySelectorAll('svg path[data-testid="plot-curve"]') : [])]
    .some((p) => (p.getAttribute('d') || '').includes('L'));
  const frame = () => requestAnimationFrame(() => {
    if (!curve()) return frame();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now() - t0);
    ch.port2.postMessage(0);
  });
  frame();
})`;

async function timeInsertions(browser: Browser, base: string, preload: boolean): Promise<number[]> {
  const times: number[] = [];
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const blank = new URL('examples/bench-blank.html', base).href;
  await page.route(blank, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: preload
        ? '<!doctype html><html lang="en"><head><script type="module" src="../activation-explorer.js"></script></head><body></body></html>'
        : '<!doctype html><html lang="en"><head></head><body></body></html>',
    }),
  );
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto(blank, { waitUntil: 'load' });
    if (preload) await page.evaluate(() => customElements.whenDefined('activation-explorer'));
    const src = preload ? null : new URL('activation-explorer.js', base).href;
    const t = (await page.evaluate(`(${INSERT_AND_TIME})(${JSON.stringify(src)})`)) as number;
    if (i > 0) times.push(t); // the first run warms the HTTP and code caches
  }
  await page.close();
  return times;
}

/** Files a published entry pulls in statically (itself and its chunk imports, recursively). */
async function staticGraph(
  dir: string,
  entry: string,
  seen = new Set<string>(),
): Promise<string[]> {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = await readFile(join(dir, entry), 'utf8');
  // Static imports only (`from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
  const deps = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)].map((m) =>
    join(entry, '..', m[1]!),
  );
  for (const d of deps) await staticGraph(dir, d, seen);
  return [...seen];
}

/**
 * Minified JS an app bundles for `import { ActivationExplorer }`, React external, the lazy
 * explanations (KaTeX) left out: what loads with the component.
 */
async function appShareOfPackage(): Promise<{ js: number }> {
  const entry = join(DIST, 'lib', 'bench-entry.js');
  await writeFile(entry, "export { ActivationExplorer } from './activation-explorer.js';\n");
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: LIB_OUT,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry,
        formats: ['es'],
        fileName: () => 'app.js',
      },
      rolldownOptions: {
        external: (id) => /^(react|react-dom|scheduler)(\/|$)/.test(id),
        output: { minify: true, entryFileNames: 'app.js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  // What loads with the component; the explanations (KaTeX) are a lazy chunk left out here.
  let js = 0;
  for (const f of await staticGraph(LIB_OUT, 'app.js')) js += gz(await readFile(join(LIB_OUT, f)));
  return { js };
}

async function main() {
  // `npm run build`: the site with the web component, and the package in dist/lib.
  buildApp();
  const wc = await readFile(join(DIST, 'activation-explorer.js'));
  const libDir = join(DIST, 'lib');
  const graph = await staticGraph(libDir, 'activation-explorer.js');
  let published = 0;
  for (const f of graph) published += gz(await readFile(join(libDir, f)));
  const publishedCss = gz(await readFile(join(libDir, 'activation-explorer.css')));
  const share = await appShareOfPackage();

  console.log('(a)/(b) bytes, gzip -9\n');
  console.log(
    table(
      ['', 'gzip', 'target'],
      [
        [
          'web component dist/activation-explorer.js (React inside, CSS inside)',
          kb(gz(wc)),
          '≤ 100 KB',
        ],
        [
          `React package entry as published (${graph.length} files, unminified, no deps)`,
          kb(published),
          '',
        ],
        ['React package stylesheet', kb(publishedCss), ''],
        [
          'React package in an app build: minified JS, zustand + d3 included, React not',
          kb(share.js),
          '',
        ],
      ],
    ),
  );

  const served = await serveDist();
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const warm = await timeInsertions(browser, served.url, true);
    const cold = await timeInsertions(browser, served.url, false);
    const row = (label: string, v: number[]) => [
      label,
      ms(median(v)),
      ms(quantile(v, 0.9)),
      ms(Math.min(...v)),
      ms(Math.max(...v)),
    ];
    console.log(
      `\n(c) insert <activation-explorer> → first curve painted, ${RUNS} runs, ${browser.version()} headless\n`,
    );
    console.log(
      table(
        ['', 'median', 'p90', 'min', 'max'],
        [row('module already loaded', warm), row('module loaded at insertion', cold)],
      ),
    );
    console.log('\ntarget: ≤ 100 ms after insertion (median)');
  } finally {
    await browser?.close();
    await served.close();
    await rm(LIB_OUT, { recursive: true, force: true });
    await rm(join(DIST, 'lib', 'bench-entry.js'), { force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
