/**
 * `npm run bench:ui` — what a learner feels, measured in headless Chromium on the built app:
 * (a) main-thread work per α-slider step, (b) gzip bytes of JS/CSS before the first curve and
 * until the app has taken over the page, (c) time to the first curve on a cold load at 4× CPU
 * throttling. A benchmark, not a test: it prints numbers and asserts nothing about time.
 * Targets are from issue 3 ("Performance").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/browser/browser';
import { buildApp, ROOT, serveDist, type Served } from '../../tests/browser/server';
import { coldLoads, type ColdLoad } from './cold-load';
import { firstTraces, KINDS, type FirstTrace } from './first-trace';
import { serveReference } from './reference';
import { BLOCK, sliderSteps, type SliderRun, type StepCost } from './slider-steps';
import { TYPING_QUERY, typingSteps, type TypingRun } from './typing-steps';
import { COST_KEYS, type Split } from './trace';
import { kb, median, ms, p95, table } from './stats';

const QUERY = '?fn=leaky_relu&cmp=relu,elu,gelu';
/**
 * Shared links, loaded cold in turns with the default view: each one's first curve should come
 * within 1.15× the default view's, and before the React + d3 anchor page's (issue 15).
 */
const SHARED = [
  { label: 'compared functions', query: QUERY },
  { label: 'Chinese, dark', query: '?lang=zh-CN&theme=dark' },
  { label: 'a parameter changed', query: '?fn=elu&alpha=0.3' },
] as const;
/** Largest ratio of a shared link's median first curve to the default view's (issue 15). */
const SHARED_RATIO = 1.15;
const STEPS = Number(process.env.BENCH_STEPS ?? 200);
const TYPING_STEPS = Number(process.env.BENCH_TYPING_STEPS ?? 60);
const COLD = Number(process.env.BENCH_COLD_LOADS ?? 12);
/**
 * `BENCH_ONLY=slider`, `BENCH_ONLY=typing` or `BENCH_ONLY=cold` runs one part (default: both);
 * `BENCH_ONLY=firsttrace` traces cold loads of the default view and the shared links instead
 * (`BENCH_TRACE_LOADS` each, default 6) and splits their main thread's CPU (first-trace.ts);
 * `BENCH_TRACE=file.json` keeps the slider run's DevTools trace (the typing run's with
 * `BENCH_ONLY=typing`).
 */
const ONLY = process.env.BENCH_ONLY ?? '';

async function main() {
  buildApp();
  const served = await serveDist();
  let browser: Browser | undefined;
  let floor: Served | undefined;
  let reference: Served | undefined;
  try {
    browser = await launch();
    console.log(
      `bench:ui — ${browser.version()} headless, ${cpus().length} CPU(s) "${cpus()[0]?.model ?? '?'}", ` +
        `serving ${served.url}\n`,
    );
    if (ONLY === 'firsttrace') {
      const views = [{ label: 'default view', query: '' }, ...SHARED];
      const traces = await firstTraces(
        browser,
        views.map((v) => `${served.url}${v.query}`),
        Number(process.env.BENCH_TRACE_LOADS ?? 6),
      );
      reportFirstTraces(views.map((v, i) => [v.query || '/', traces[i]!] as const));
      return;
    }
    if (ONLY !== 'cold' && ONLY !== 'typing')
      reportSlider(await sliderSteps(browser, `${served.url}${QUERY}`, STEPS));
    if (ONLY !== 'cold' && ONLY !== 'slider')
      reportTyping(
        await typingSteps(
          browser,
          `${served.url}${TYPING_QUERY}`,
          TYPING_STEPS,
          ONLY === 'typing' ? process.env.BENCH_TRACE : undefined,
        ),
      );
    if (ONLY === 'slider' || ONLY === 'typing') return;
    // Cold loads of the default view (what a bare link opens, and what the build prerenders),
    // in turns with the floor page, the React + d3 reference and the shared links (views the
    // build did not prerender, drawn first by src/page/firstFrame).
    floor = await serveFloor();
    reference = await serveReference();
    const [throttled, bare, react, ...shared] = await coldLoads(
      browser,
      [
        { url: served.url, assets: true },
        { url: floor.url, assets: false },
        { url: reference.url, assets: false },
        ...SHARED.map((v, i) => ({ url: `${served.url}${v.query}`, assets: i === 0 })),
      ],
      COLD,
      4,
    );
    const [unthrottled] = await coldLoads(browser, [{ url: served.url, assets: false }], COLD, 1);
    reportBytes(throttled![0]!, shared[0]![0]!);
    reportColdLoads({
      throttled: throttled!,
      bare: bare!,
      react: react!,
      shared,
      unthrottled: unthrottled!,
    });
  } finally {
    await browser?.close();
    await served.close();
    await floor?.close();
    await reference?.close();
  }
}

/**
 * (c) A character typed into the custom formula's field until its new curve is painted (CPU,
 * app minus a bare text input that redraws a path after the same debounce, target p95 ≤ 16 ms),
 * and what the app does after the curve (deferred typesetting, explanations, URL).
 */
function reportTyping({ app, bare, errors }: TypingRun) {
  if (errors.length) console.warn(`warning: the page reported errors:\n${errors.join('\n')}`);
  const missed = app.filter((s) => Number.isNaN(s.latency)).length;
  if (missed) console.warn(`warning: ${missed} keystroke(s) never changed the curve`);
  const toCurve = (steps: StepCost[]) => steps.map((s) => s.frame.cpu.task);
  const after = (steps: StepCost[]) => steps.map((s) => s.later.cpu.task);
  const latency = (steps: StepCost[]) => steps.map((s) => s.latency ?? Number.NaN);
  const row = (label: string, v: number[]) => [
    label,
    ms(median(v)),
    ms(p95(v)),
    ms(Math.max(...v)),
  ];
  const [a, b] = [toCurve(app), toCurve(bare)];
  console.log(
    `(c) custom formula ${TYPING_QUERY}, ${a.length} keystrokes at 1280×800 (type "2" / Backspace\n` +
      `    at the end: ×12 ↔ ×1), in turns with a bare text input that redraws a path after the\n` +
      `    same debounce. CPU ms from the key event to the committed frame that shows the new curve;\n` +
      `    "after" is the work the page does after that frame, before the next key.\n`,
  );
  console.log(
    table(
      ['cpu', 'median', 'p95', 'max'],
      [
        row('app: key to new curve painted', a),
        ...COST_KEYS.map((k) =>
          row(
            `  of which ${k}`,
            app.map((s) => s.frame.cpu[k]),
          ),
        ),
        row('bare: key to redrawn path', b),
        row('app: after the curve', after(app)),
        row('bare: after the path', after(bare)),
        row('app: latency (wall), key to curve', latency(app)),
      ],
    ),
  );
  console.log(
    `\n    cpu: net p95 (app p95 − bare p95)     ${ms(p95(a) - p95(b))} ms   target ≤ 16 ms\n`,
  );
}

/** Median CPU ms per view: the first frame's task, then the whole window by kind of work. */
function reportFirstTraces(views: readonly (readonly [string, FirstTrace[]])[]) {
  console.log(
    `First curve, cold at 4× CPU throttle: main-thread CPU ms (thread time) from navigation to\n` +
      `the first contentful paint, median of ${views[0]?.[1].length ?? 0} traced loads per view. "frame" is the task\n` +
      `that put the curve in the document (a shared link: the first frame's module painting),\n` +
      `"frame→FCP" the CPU from its start to the paint.\n`,
  );
  const m = (ts: FirstTrace[], f: (t: FirstTrace) => number) => ms(median(ts.map(f)));
  console.log(
    table(
      ['view', 'frame', 'script', 'layout', 'frame→FCP', 'total', ...KINDS],
      views.map(([label, ts]) => [
        label,
        m(ts, (t) => t.frame),
        m(ts, (t) => t.frameScript),
        m(ts, (t) => t.frameLayout),
        m(ts, (t) => t.frameToPaint),
        m(ts, (t) => t.total),
        ...KINDS.map((k) => m(ts, (t) => t.kinds[k])),
      ]),
    ),
  );
}

function reportSlider({ app, bare, errors }: SliderRun) {
  if (errors.length) console.warn(`warning: the page reported errors:\n${errors.join('\n')}`);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(
    `(a) α slider, ${app.length} keyboard steps at 1280×800, leaky_relu + relu, elu, gelu, f′ shown,\n` +
      `    in turns of ${BLOCK} with a bare <input type=range> in a second page. Main-thread ms per\n` +
      `    step from a DevTools trace: the tasks from the key event to the committed frame (idle\n` +
      `    time between them not counted). "wall" is time inside those tasks (it includes commit's\n` +
      `    wait for the compositor and time lost to other processes), "cpu" the thread's CPU\n` +
      `    time in them. Load average ${load} at the end.\n`,
  );
  const pick = (steps: StepCost[], part: 'frame' | 'later', kind: 'wall' | 'cpu', k: keyof Split) =>
    steps.map((s) => s[part][kind][k]);
  const row = (label: string, v: number[]) => [
    label,
    ms(median(v)),
    ms(p95(v)),
    ms(Math.max(...v)),
  ];
  for (const kind of ['wall', 'cpu'] as const) {
    const task = { app: pick(app, 'frame', kind, 'task'), bare: pick(bare, 'frame', kind, 'task') };
    console.log(
      table(
        [kind, 'median', 'p95', 'max'],
        [
          row('app: key event to committed frame', task.app),
          ...COST_KEYS.map((k) => row(`  of which ${k}`, pick(app, 'frame', kind, k))),
          row('bare <input type=range>', task.bare),
          ...COST_KEYS.map((k) => row(`  of which ${k}`, pick(bare, 'frame', kind, k))),
          row('app: later, before the next step', pick(app, 'later', kind, 'task')),
          row('bare: later, before the next step', pick(bare, 'later', kind, 'task')),
        ],
      ),
    );
    // The bare page costs what driving any page costs; its quantiles come from the same minutes
    // of the same machine, so quantile minus quantile removes that cost and the load's share of
    // the tail. The last line charges the app with the whole tail (the bare median only).
    const conservative = task.app.map((t) => t - median(task.bare));
    console.log(
      `\n    ${kind}: net median (app − bare)          ${ms(median(task.app) - median(task.bare))} ms\n` +
        `    ${kind}: net p95 (app p95 − bare p95)     ${ms(p95(task.app) - p95(task.bare))} ms   target ≤ 8 ms\n` +
        `    ${kind}: p95 of (app step − bare median)  ${ms(p95(conservative))} ms\n`,
    );
  }
  const file = join(ROOT, 'test-results', 'bench', 'slider-steps.csv');
  mkdirSync(join(file, '..'), { recursive: true });
  const cols = (['frame', 'later'] as const).flatMap((part) =>
    (['wall', 'cpu'] as const).flatMap((kind) =>
      (['task', ...COST_KEYS] as const).flatMap((k) =>
        (['app', 'bare'] as const).map((page) => ({ part, kind, k, page })),
      ),
    ),
  );
  const header = ['step', ...cols.map((c) => `${c.page}_${c.part}_${c.kind}_${c.k}`)].join(',');
  const lines = app.map((_, i) =>
    [i, ...cols.map((c) => ms((c.page === 'app' ? app : bare)[i]![c.part][c.kind][c.k]))].join(','),
  );
  writeFileSync(file, [header, ...lines].join('\n') + '\n');
  console.log(`    per-step numbers of both pages: ${file}\n`);
}

function reportBytes(load: ColdLoad, busy: ColdLoad) {
  const total = (
    l: ColdLoad,
    k: 'raw' | 'gzip',
    until: 'before' | 'beforeInteractive' = 'before',
  ) => l.assets.filter((a) => a[until]).reduce((s, a) => s + a[k], 0);
  const rows = load.assets
    .filter((a) => a.beforeInteractive)
    .map((a) => [a.before ? a.path : `${a.path} (after first curve)`, kb(a.raw), kb(a.gzip)]);
  console.log(
    '(b) JS and CSS fetched before the first curve was painted, and until the app took over\n' +
      '    the page (gzip -6 by zlib)\n',
  );
  console.log(
    table(
      ['default view /', 'raw', 'gzip'],
      [
        ...rows,
        ['total before first curve', kb(total(load, 'raw')), kb(total(load, 'gzip'))],
        [
          'total until interactive (all of the above)',
          kb(total(load, 'raw', 'beforeInteractive')),
          kb(total(load, 'gzip', 'beforeInteractive')),
        ],
        [
          `shared link ${QUERY}, before first curve`,
          kb(total(busy, 'raw')),
          kb(total(busy, 'gzip')),
        ],
      ],
    ),
  );
  // The prerendered view needs no JavaScript for its first curve; the budget is read against
  // what the first view loads until the app has taken over, which is what an interactive page
  // costs (the explanations' chunks that hydration requests included, typesetting not).
  console.log(
    `    target: first-load JS + CSS ≤ 100 KB gzip → ${kb(total(load, 'gzip', 'beforeInteractive'))} ` +
      `(default view, app included; ${kb(total(load, 'gzip'))} before the first curve)\n`,
  );
}

interface ColdRuns {
  /** The default view at 4×, in turns with `bare`. */
  throttled: ColdLoad[];
  /** The floor page at 4×. */
  bare: ColdLoad[];
  /** The minimal React + d3 page (bench/ui/reference) at 4×. */
  react: ColdLoad[];
  /** Each of SHARED at 4×, in its order. */
  shared: ColdLoad[][];
  unthrottled: ColdLoad[];
}

function reportColdLoads({ throttled, bare, react, shared, unthrottled }: ColdRuns) {
  const row = (label: string, loads: ColdLoad[], pick: (l: ColdLoad) => number) => {
    const v = loads.map(pick);
    return [label, ms(median(v)), ms(Math.min(...v)), ms(Math.max(...v))];
  };
  console.log(
    `(c) cold load (new context, empty cache), ms from navigation start, ${throttled.length} loads each;\n` +
      `    first curve = when the first frame showing a curve was presented (bench/ui/first-curve.ts);\n` +
      `    loaded in turns with the default view: the floor, a static page with one SVG path and\n` +
      `    nothing else (what the browser and the harness take before any page's own work), and\n` +
      `    the issue's anchor, a minimal page drawing a chart with React + d3 (bench/ui/reference),\n` +
      `    and shared links (views not prerendered: their plot is painted before the app loads)\n`,
  );
  console.log(
    table(
      ['', 'median', 'min', 'max'],
      [
        row('default view: first curve, 4× CPU throttle', throttled, (l) => l.firstCurve),
        row('  of which: curve in the DOM, 4×', throttled, (l) => l.inDom),
        row('floor (one SVG path): first curve, 4×', bare, (l) => l.firstCurve),
        row('minimal React + d3 page: first curve, 4×', react, (l) => l.firstCurve),
        ...SHARED.map((v, i) =>
          row(`shared link ${v.query} (${v.label}), 4×`, shared[i]!, (l) => l.firstCurve),
        ),
        row('default view: first curve, no throttle', unthrottled, (l) => l.firstCurve),
      ],
    ),
  );
  // Normally every load's curve is in its first contentful frame; say so when one was not.
  const estimated = [...throttled, ...bare, ...react, ...shared.flat(), ...unthrottled].filter(
    (l) => l.method !== 'fcp',
  );
  if (estimated.length > 0)
    console.log(
      `    ${estimated.length} load(s) painted the curve after FCP: main-thread frame end used`,
    );
  const first = (loads: ColdLoad[]) => median(loads.map((l) => l.firstCurve));
  console.log(
    `    default view net of the floor (median − median): ${ms(first(throttled) - first(bare))} ms; ` +
      `ahead of the React + d3 page by ${ms(first(react) - first(throttled))} ms`,
  );
  console.log(`    target: ≤ 450 ms at 4× → ${ms(first(throttled))} ms (default view)`);
  console.log(
    `\n    shared links against the default view (target ≤ ${SHARED_RATIO}×) and the React + d3 ` +
      `anchor (target < 1×), median first curve:`,
  );
  for (const [i, v] of SHARED.entries()) {
    const t = first(shared[i]!);
    const toDefault = t / first(throttled);
    const toAnchor = t / first(react);
    const ok = toDefault <= SHARED_RATIO && toAnchor < 1 ? 'ok' : 'MISSED';
    console.log(
      `    ${v.query.padEnd(34)} ${ms(t).padStart(6)} ms  ${toDefault.toFixed(2)}× default  ` +
        `${toAnchor.toFixed(2)}× anchor  ${ok}`,
    );
  }
}

/** The floor page: no CSS, no script, one SVG path with the probe's test id. */
const FLOOR_HTML =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>floor</title></head>' +
  '<body><main><svg width="800" height="400"><path data-testid="plot-curve" ' +
  'd="M0,300L400,300L800,0" stroke="currentColor" fill="none"/></svg></main></body></html>';

function serveFloor(): Promise<Served> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(FLOOR_HTML);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
