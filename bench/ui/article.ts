/**
 * The 20-figure article of `npm run bench:embed` (issue 14, "Many figures on one page"): a long
 * page of prose with 20 live figures, once as `<activation-explorer>` elements and once as lazy
 * iframes of embed.html (same origin, with embed/autosize.js), scrolled from top to bottom at a
 * steady pace in headless Chromium.
 *
 * Per run it measures: ms from the start of the scroll until every figure has drawn a curve;
 * the worst and p95 frame interval (rAF to rAF) while scrolling, and the longest long task;
 * the JS heap (used, after a forced GC) and DOM node count at the bottom, same-origin frames
 * included (they share the page's renderer and heap).
 */
import type { Browser } from 'playwright-core';
import { median, ms, table } from './stats';

const FIGURES = 20;
/** Pixels scrolled per animation frame: ~6000 px/s at 60 Hz, a quick flick through the page. */
const STEP = 100;
const FNS = [
  'relu',
  'leaky_relu',
  'elu',
  'gelu',
  'silu',
  'mish',
  'softplus',
  'selu',
  'celu',
  'tanh',
];

const PROSE =
  '<p>An activation function decides what a unit passes on. Rectifiers keep positive inputs and ' +
  'squash the rest; smooth variants trade the kink for a curve that has a derivative everywhere, ' +
  'and their cost shows in the sampling, the gradient flow and the share of exact zeros.</p>';

function article(figure: (fn: string, i: number) => string, head = ''): string {
  const body = Array.from({ length: FIGURES }, (_, i) => {
    const fn = FNS[i % FNS.length]!;
    return `<h2>Figure ${i + 1}: ${fn}</h2>${PROSE.repeat(4)}${figure(fn, i)}${PROSE.repeat(3)}`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<style>body{max-width:720px;margin:0 auto;font:16px/1.6 serif}</style></head><body>${body}</body></html>`;
}

/** Pages written into dist/examples/ before serving (see BENCH_FILES in wc-insert.bench.ts). */
export const ARTICLE_FILES: Record<string, string> = {
  'bench-article-elements.html': article(
    (fn) =>
      `<activation-explorer fn="${fn}" xmin="-3" xmax="3" controls="alpha"></activation-explorer>`,
    '<script type="module" src="../activation-explorer.js"></script>',
  ),
  'bench-article-iframes.html': article(
    (fn) =>
      `<iframe src="../embed.html?fn=${fn}&amp;xmin=-3&amp;xmax=3&amp;controls=alpha&amp;lang=en" ` +
      `title="Activation Explorer: ${fn}" width="100%" height="520" loading="lazy" frameborder="0"></iframe>`,
    '<script src="../embed/autosize.js" defer></script>',
  ),
};

interface ArticleRun {
  allDrawn: number;
  worstFrame: number;
  p95Frame: number;
  longestTask: number;
  heapMB: number;
  nodes: number;
}

/** Page-side: scrolls to the bottom one step per frame; resolves when every figure has drawn. */
const SCROLL_AND_TIME = `(step) => new Promise((resolve) => {
  const curve = (root) => ((root && root.querySelector('svg path[data-testid="plot-curve"]')) || { getAttribute: () => '' }).getAttribute('d') || '';
  const drawn = () => [...document.querySelectorAll('activation-explorer')].map((e) => e.shadowRoot)
    .concat([...document.querySelectorAll('iframe')].map((f) => f.contentDocument))
    .filter((r) => curve(r).includes('L')).length;
  const longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) longTasks.push(e.duration); })
    .observe({ type: 'longtask' });
  const t0 = performance.now();
  const deltas = [];
  let last = t0, scrolling = true;
  const frame = (now) => {
    if (scrolling) {
      deltas.push(now - last);
      scrollBy(0, step);
      scrolling = innerHeight + scrollY < document.documentElement.scrollHeight - 1;
    }
    last = now;
    if ((!scrolling && drawn() === ${FIGURES}) || now - t0 > 120000) {
      const sorted = deltas.slice(1).sort((a, b) => a - b);
      return resolve({
        allDrawn: now - t0,
        worstFrame: sorted[sorted.length - 1] || 0,
        p95Frame: sorted[Math.floor(sorted.length * 0.95)] || 0,
        longestTask: Math.max(0, ...longTasks),
        drawn: drawn(),
      });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

async function runOnce(browser: Browser, url: string): Promise<ArticleRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const r = (await page.evaluate(`(${SCROLL_AND_TIME})(${STEP})`)) as ArticleRun & {
    drawn: number;
  };
  if (r.drawn !== FIGURES) console.warn(`article: only ${r.drawn} of ${FIGURES} figures drew`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await context.close();
  return { ...r, heapMB: metric('JSHeapUsedSize') / 1e6, nodes: metric('Nodes') };
}

/** Runs the article `runs` times per kind (interleaved) and prints medians and worsts. */
export async function benchArticle(browser: Browser, base: string, runs: number): Promise<void> {
  const kinds = { elements: [] as ArticleRun[], iframes: [] as ArticleRun[] };
  for (let i = 0; i < runs; i++)
    for (const kind of ['elements', 'iframes'] as const)
      kinds[kind].push(
        await runOnce(browser, new URL(`examples/bench-article-${kind}.html`, base).href),
      );
  const row = (kind: keyof typeof kinds) => {
    const r = kinds[kind];
    const med = (f: (x: ArticleRun) => number) => median(r.map(f));
    return [
      `20 ${kind}`,
      ms(med((x) => x.allDrawn)),
      ms(med((x) => x.worstFrame)),
      ms(Math.max(...r.map((x) => x.worstFrame))),
      ms(med((x) => x.p95Frame)),
      ms(med((x) => x.longestTask)),
      med((x) => x.heapMB).toFixed(1),
      String(Math.round(med((x) => x.nodes))),
    ];
  };
  console.log(
    `\n(d) a 20-figure article scrolled top to bottom at ${STEP} px per frame, 1280×800, ${runs} run(s) each\n`,
  );
  console.log(
    table(
      [
        '',
        'all drawn',
        'worst frame',
        'worst of runs',
        'p95 frame',
        'longest task',
        'JS heap MB',
        'DOM nodes',
      ],
      [row('elements'), row('iframes')],
    ),
  );
  console.log(
    '\nall drawn: median ms from the start of the scroll until every figure showed a curve; frames:\n' +
      'rAF intervals while scrolling (median of runs; target: none over 50 ms); longest task: from\n' +
      'the Long Tasks API; heap: used JS heap after a forced GC at the bottom, frames included.',
  );
}
