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
 *     median of 20, in three cases: the module already loaded by the page; the module loaded
 *     at insertion (the script tag added together with the element, so the time includes
 *     fetching, compiling and running it — what a page's first element pays) from a warm HTTP
 *     and code cache, as on a reader's second page; and the same on a first visit, with empty
 *     caches. Each run is paired with the same measurement of a baseline element — a tiny
 *     module whose element draws one SVG path in its shadow root — interleaved, so the floor
 *     that is not ours (frame timing, module loading, machine load) is measured in the same run.
 * (d) a 20-figure article, elements and iframes: time until all curves drawn, worst frame while
 *     scrolling, JS heap (bench/ui/article.ts; `BENCH_ARTICLE_RUNS`, default 3).
 *
 * `BENCH_ONLY=article` runs (a) and (d) only.
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
import { ARTICLE_FILES, benchArticle } from './article';
import { kb, median, ms, quantile, table } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ARTICLE_RUNS = Number(process.env.BENCH_ARTICLE_RUNS ?? 3);
const ONLY_ARTICLE = process.env.BENCH_ONLY === 'article';
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

/** One insertion's milestones, in ms after the insertion. */
interface Timing {
  /** The element's class is defined (module fetched, compiled and evaluated; 0 if it was). */
  defined: number;
  /** The first animation frame in which the curve is in the shadow DOM (rendered, committed). */
  inDom: number;
  /** That frame has been painted: style, layout and paint of the new content done. */
  painted: number;
}

/**
 * Page-side: inserts an element (after adding its module script when `src` is given) and
 * resolves with its {@link Timing}: a rAF callback sees the curve in the shadow DOM, and a
 * MessageChannel task queued from it runs right after that frame's rendering step. A string,
 * so the Node-side TypeScript loader adds nothing.
 */
const INSERT_AND_TIME = `([tag, src]) => new Promise((resolve) => {
  const t0 = performance.now();
  const m = { defined: 0 };
  if (src) {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = src;
    document.head.append(s);
    customElements.whenDefined(tag).then(() => { m.defined = performance.now() - t0; });
  }
  const el = document.createElement(tag);
  for (const [k, v] of [['fn', 'leaky_relu'], ['alpha', '0.1'], ['xmin', '-3'], ['xmax', '3'], ['derivative', ''], ['controls', 'alpha']])
    el.setAttribute(k, v);
  document.body.append(el);
  const curve = () => [...(el.shadowRoot ? el.shadowRoot.querySelectorAll('svg path[data-testid="plot-curve"]') : [])]
    .some((p) => (p.getAttribute('d') || '').includes('L'));
  const frame = () => requestAnimationFrame(() => {
    if (!curve()) return frame();
    m.inDom = performance.now() - t0;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve({ ...m, painted: performance.now() - t0 });
    ch.port2.postMessage(0);
  });
  frame();
})`;

/** The three situations timed. */
const CASES = {
  loaded: 'module already loaded',
  cached: 'loaded at insertion, cached',
  first: 'loaded at insertion, first visit',
} as const;
type Case = keyof typeof CASES;

/**
 * Pages and the baseline module the runs load, written into dist/examples/ before it is served
 * (not injected with page.route: routing turns Chromium's HTTP cache off, and with it the
 * cached case).
 */
const BENCH_FILES: Record<string, string> = {
  'bench-blank.html': '<!doctype html><html lang="en"><head></head><body></body></html>',
  'bench-preloaded.html': `<!doctype html><html lang="en"><head>${Object.values(ELEMENTS)
    .map((e) => `<script type="module" src="../${e.module}"></script>`)
    .join('')}</head><body></body></html>`,
  'bench-baseline.js': BASELINE_MODULE,
  ...ARTICLE_FILES,
};

/**
 * Times RUNS insertions of our element and of the baseline, alternating (wc, baseline, wc, …),
 * each in a freshly loaded page. `loaded`: both module scripts are in that page's head;
 * `cached`: the script tag is added with the element, in a browser context that has loaded it
 * before (HTTP cache and V8's code cache warm, as on a reader's second page); `first`: the
 * same in a new browser context each run (empty caches, as on a reader's first visit). One
 * unmeasured round first warms up.
 */
async function timeInsertions(
  browser: Browser,
  base: string,
  which: Case,
): Promise<Record<Which, Timing[]>> {
  const times: Record<Which, Timing[]> = { wc: [], baseline: [] };
  const options = { viewport: { width: 900, height: 900 } };
  const blank = new URL(
    `examples/${which === 'loaded' ? 'bench-preloaded' : 'bench-blank'}.html`,
    base,
  ).href;
  // One page navigated run after run (its renderer stays warm), or a new context per run.
  const shared = which === 'first' ? null : await browser.newPage(options);
  for (let i = 0; i < RUNS + 1; i++) {
    for (const el of ['wc', 'baseline'] as const) {
      const { tag, module } = ELEMENTS[el];
      const page = shared ?? (await browser.newPage(options));
      await page.goto(blank, { waitUntil: 'load' });
      if (which === 'loaded')
        await page.evaluate((t) => customElements.whenDefined(t).then(() => {}), tag);
      const src = which === 'loaded' ? null : new URL(module, base).href;
      const args = JSON.stringify([tag, src]);
      const t = (await page.evaluate(`(${INSERT_AND_TIME})(${args})`)) as Timing;
      if (i > 0) times[el].push(t);
      if (!shared) await page.context().close();
    }
  }
  await shared?.close();
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
  const share = ONLY_ARTICLE ? { js: NaN } : await appShareOfPackage();

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
      ].filter((row) => !row.includes('NaN KB')),
    ),
  );
  console.log(`\nweb component: ${gz(wc)} B gzip -9, ${wc.length} B raw`);

  for (const [name, text] of Object.entries(BENCH_FILES))
    await writeFile(join(DIST, 'examples', name), text);
  const served = await serveDist();
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
    const loadBefore = load();
    if (ONLY_ARTICLE) {
      await benchArticle(browser, served.url, ARTICLE_RUNS);
      console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
      return;
    }
    const timed = {} as Record<Case, Record<Which, Timing[]>>;
    for (const c of Object.keys(CASES) as Case[])
      timed[c] = await timeInsertions(browser, served.url, c);
    const row = (label: string, t: Timing[], withDefined: boolean) => {
      const v = t.map((x) => x.painted);
      return [
        label,
        ms(median(v)),
        ms(quantile(v, 0.9)),
        ms(Math.min(...v)),
        ms(Math.max(...v)),
        withDefined ? ms(median(t.map((x) => x.defined))) : '',
        ms(median(t.map((x) => x.inDom))),
      ];
    };
    const net = (t: Record<Which, Timing[]>) =>
      ms(median(t.wc.map((x) => x.painted)) - median(t.baseline.map((x) => x.painted)));
    console.log(
      `\n(c) insert element → first curve painted, ${RUNS} runs each, interleaved with the baseline, ${browser.version()} headless\n`,
    );
    console.log(
      table(
        ['', 'median', 'p90', 'min', 'max', 'defined', 'in DOM'],
        (Object.keys(CASES) as Case[]).flatMap((c) => [
          row(`${CASES[c]}: <activation-explorer>`, timed[c].wc, c !== 'loaded'),
          row(`${CASES[c]}: baseline element`, timed[c].baseline, c !== 'loaded'),
        ]),
      ),
    );
    console.log(
      '\nmedian, p90, min, max: ms until the frame showing the curve was painted; defined: median ms\n' +
        'until the module had run (fetched, compiled, evaluated); in DOM: median ms until the first\n' +
        'frame with the curve in the shadow DOM (rendering done; painting it follows).',
    );
    const nets = (Object.keys(CASES) as Case[]).map((c) => `${net(timed[c])} ms ${CASES[c]}`);
    console.log(`ours minus baseline (medians): ${nets.join('; ')}`);
    console.log('target: ≤ 100 ms after insertion (median)');
    await benchArticle(browser, served.url, ARTICLE_RUNS);
    console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
  } finally {
    await browser?.close();
    await served.close();
    await rm(LIB_OUT, { recursive: true, force: true });
    await rm(join(DIST, 'lib', 'bench-entry.js'), { force: true });
    for (const name of Object.keys(BENCH_FILES))
      await rm(join(DIST, 'examples', name), { force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
