/**
 * `npm run bench:embed` — the embedding numbers of issue 4 ("Performance"), on the built site
 * in headless Chromium. A benchmark, not a test: it prints and asserts nothing (the size budget
 * is a browser test, tests/browser/wc-size.test.ts).
 *
 * (a) gzip bytes of the web component, dist/activation-explorer.js (React included), at
 *     levels 9 and 6;
 * (b) gzip bytes the React package adds to an app besides React: its entry and static chunks
 *     (as published, and minified the way an app's build would), dependencies other than
 *     React included;
 * (c) ms from inserting an `<activation-explorer>` to the frame that paints its first curve,
 *     median of 20, in two cases: the module already loaded (each run in a fresh page that
 *     loaded it before), and the module loaded at insertion (the script tag is added together
 *     with the element, so the time includes fetching, compiling and evaluating it — what a
 *     page's first element pays; HTTP and code caches are warm after one unmeasured run).
 *     Each run is paired with the same measurement of a baseline element — a 1 KB module whose
 *     element draws one SVG path in its shadow root — so the floor that is not ours (frame
 *     timing, module loading, machine load) is measured in the same run, interleaved.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
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

const gz = (bytes: Buffer | string, level = 9) => gzipSync(bytes, { level }).length;

/** The baseline element: what inserting any module-defined element and painting a path costs. */
const BASELINE_MODULE = `customElements.define('bench-baseline', class extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = '<svg width="600" height="300"><path data-testid="plot-curve" d="M0 300L300 300L600 0" stroke="black" fill="none"/></svg>';
  }
});`;

/** The two elements timed: ours, and the baseline. */
const ELEMENTS = {
  wc: { tag: 'activation-explorer', module: 'activation-explorer.js' },
  baseline: { tag: 'bench-baseline', module: 'examples/bench-baseline.js' },
} as const;
type Which = keyof typeof ELEMENTS;

/**
 * Page-side: inserts an element (after adding its module script when `src` is given) and
 * resolves with the ms until the frame that shows its first curve has been painted: a rAF
 * callback sees the curve in the shadow DOM, and a MessageChannel task queued from it runs right
 * after that frame's rendering step. A string, so the Node-side TypeScript loader adds nothing.
 */
const INSERT_AND_TIME = `([tag, src]) => new Promise((resolve) => {
  const t0 = performance.now();
  if (src) {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = src;
    document.head.append(s);
  }
  const el = document.createElement(tag);
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

/**
 * Times RUNS insertions of our element and of the baseline, alternating (wc, baseline, wc, …),
 * each in a freshly loaded page; `preload` puts both module scripts in that page's head, else
 * the script tag is added with the element. One unmeasured round first warms the caches.
 */
async function timeInsertions(
  browser: Browser,
  base: string,
  preload: boolean,
): Promise<Record<Which, number[]>> {
  const times: Record<Which, number[]> = { wc: [], baseline: [] };
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const blank = new URL('examples/bench-blank.html', base).href;
  const head = preload
    ? Object.values(ELEMENTS)
        .map((e) => `<script type="module" src="../${e.module}"></script>`)
        .join('')
    : '';
  await page.route(blank, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head>${head}</head><body></body></html>`,
    }),
  );
  await page.route(new URL(ELEMENTS.baseline.module, base).href, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: BASELINE_MODULE }),
  );
  for (let i = 0; i < RUNS + 1; i++) {
    for (const which of ['wc', 'baseline'] as const) {
      const { tag, module } = ELEMENTS[which];
      await page.goto(blank, { waitUntil: 'load' });
      if (preload) await page.evaluate((t) => customElements.whenDefined(t).then(() => {}), tag);
      const src = preload ? null : new URL(module, base).href;
      const args = JSON.stringify([tag, src]);
      const t = (await page.evaluate(`(${INSERT_AND_TIME})(${args})`)) as number;
      if (i > 0) times[which].push(t); // the first round warms the HTTP and code caches
    }
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
  let publishedGz6 = 0;
  for (const f of graph) {
    const bytes = await readFile(join(libDir, f));
    published += gz(bytes);
    publishedGz6 += gz(bytes, 6);
  }
  const publishedCss = gz(await readFile(join(libDir, 'activation-explorer.css')));
  const share = await appShareOfPackage();

  console.log('(a)/(b) bytes, gzip (Node zlib)\n');
  console.log(
    table(
      ['', 'gzip -9', 'gzip -6', 'target'],
      [
        [
          'web component dist/activation-explorer.js (React inside, CSS inside)',
          kb(gz(wc)),
          kb(gz(wc, 6)),
          '≤ 100 KB',
        ],
        [
          `React package entry as published (${graph.length} files, unminified, no deps)`,
          kb(published),
          kb(publishedGz6),
          '',
        ],
        ['React package stylesheet', kb(publishedCss), '', ''],
        [
          'React package in an app build: minified JS, zustand + d3 included, React not',
          kb(share.js),
          '',
          '',
        ],
      ],
    ),
  );
  console.log(`\nweb component: ${gz(wc)} B gzip -9, ${wc.length} B raw`);

  const served = await serveDist();
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
    const loadBefore = load();
    const warm = await timeInsertions(browser, served.url, true);
    const cold = await timeInsertions(browser, served.url, false);
    const row = (label: string, v: number[]) => [
      label,
      ms(median(v)),
      ms(quantile(v, 0.9)),
      ms(Math.min(...v)),
      ms(Math.max(...v)),
    ];
    const net = (t: Record<Which, number[]>) => ms(median(t.wc) - median(t.baseline));
    console.log(
      `\n(c) insert element → first curve painted, ${RUNS} runs each, interleaved with the baseline, ${browser.version()} headless\n`,
    );
    console.log(
      table(
        ['', 'median', 'p90', 'min', 'max'],
        [
          row('module already loaded: <activation-explorer>', warm.wc),
          row('module already loaded: baseline element', warm.baseline),
          row('module loaded at insertion: <activation-explorer>', cold.wc),
          row('module loaded at insertion: baseline element', cold.baseline),
        ],
      ),
    );
    console.log(
      `\nours minus baseline (medians): ${net(warm)} ms already loaded, ${net(cold)} ms loaded at insertion`,
    );
    console.log('target: ≤ 100 ms after insertion (median)');
    console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
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
