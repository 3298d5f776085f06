/**
 * `npm run bench:ui` — what a learner feels, measured in headless Chromium on the built app:
 * (a) main-thread work per α-slider step, (b) gzip bytes of JS/CSS before the first curve,
 * (c) time to the first curve on a cold load at 4× CPU throttling. A benchmark, not a test:
 * it prints numbers and asserts nothing about time. Targets are from issue 3 ("Performance").
 */
import { cpus } from 'node:os';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/browser/browser';
import { buildApp, serveDist } from '../../tests/browser/server';
import { coldLoads, type ColdLoad } from './cold-load';
import { sliderSteps, type StepCosts } from './slider-steps';
import { kb, median, ms, p95, table } from './stats';

const QUERY = '?fn=leaky_relu&cmp=relu,elu,gelu';
const STEPS = Number(process.env.BENCH_STEPS ?? 200);
const COLD = Number(process.env.BENCH_COLD_LOADS ?? 7);

async function main() {
  buildApp();
  const served = await serveDist();
  let browser: Browser | undefined;
  try {
    browser = await launch();
    console.log(
      `bench:ui — ${browser.version()} headless, ${cpus().length} CPU(s) "${cpus()[0]?.model ?? '?'}", ` +
        `serving ${served.url}\n`,
    );
    const app = await sliderSteps(browser, `${served.url}${QUERY}`, STEPS);
    const bare = await sliderSteps(browser, null, STEPS);
    reportSlider(app, bare);
    // Cold loads of the default view (what a bare link opens, and what the build may prerender)
    // and of the busy view the slider is measured on.
    const views = { default: served.url, busy: `${served.url}${QUERY}` };
    const cold = {
      default: await coldLoads(browser, views.default, COLD, 4),
      busy: await coldLoads(browser, views.busy, COLD, 4),
      unthrottled: await coldLoads(browser, views.default, COLD, 1),
    };
    reportBytes(cold.default[0]!, cold.busy[0]!);
    reportColdLoads(cold.default, cold.busy, cold.unthrottled);
  } finally {
    await browser?.close();
    await served.close();
  }
}

function reportSlider(app: StepCosts, bare: StepCosts) {
  // Net per step: each app step minus the bare input's median, so the cost of driving the page
  // (key dispatch, the rAF wait, the metrics calls) and of the native range input cancels out.
  const base = median(bare.task);
  const net = app.task.map((t) => t - base);
  const row = (label: string, v: number[]) => [
    label,
    ms(median(v)),
    ms(p95(v)),
    ms(Math.max(...v)),
  ];
  console.log(
    `(a) α slider, ${app.task.length} keyboard steps at 1280×800, leaky_relu + relu, elu, gelu, f′ shown\n` +
      `    main-thread ms per step (DevTools TaskDuration from the key event to two frames later)\n`,
  );
  console.log(
    table(
      ['', 'median', 'p95', 'max'],
      [
        row('app: all main-thread tasks', app.task),
        row('  of which script', app.script),
        row('  of which style recalc', app.style),
        row('  of which layout', app.layout),
        row(
          '  of which paint and other tasks',
          app.task.map((t, i) => t - app.script[i]! - app.style[i]! - app.layout[i]!),
        ),
        row('bare <input type=range>', bare.task),
        row('net (app − bare median)', net),
      ],
    ),
  );
  console.log(`    target: net p95 ≤ 8 ms  → ${ms(p95(net))} ms\n`);
}

function reportBytes(load: ColdLoad, busy: ColdLoad) {
  const total = (l: ColdLoad, k: 'raw' | 'gzip') =>
    l.assets.filter((a) => a.before).reduce((s, a) => s + a[k], 0);
  const rows = load.assets.map((a) => [
    a.before ? a.path : `${a.path} (after first curve)`,
    kb(a.raw),
    kb(a.gzip),
  ]);
  console.log('(b) JS and CSS fetched before the first curve was painted (gzip -6 by zlib)\n');
  console.log(
    table(
      ['default view /', 'raw', 'gzip'],
      [
        ...rows,
        ['total before first curve', kb(total(load, 'raw')), kb(total(load, 'gzip'))],
        [`busy view ${QUERY}, total`, kb(total(busy, 'raw')), kb(total(busy, 'gzip'))],
      ],
    ),
  );
  console.log(`    target: ≤ 110 KB gzip → ${kb(total(load, 'gzip'))} (default view)\n`);
}

function reportColdLoads(throttled: ColdLoad[], busy: ColdLoad[], unthrottled: ColdLoad[]) {
  const row = (label: string, loads: ColdLoad[], pick: (l: ColdLoad) => number) => {
    const v = loads.map(pick);
    return [label, ms(median(v)), ms(Math.min(...v)), ms(Math.max(...v))];
  };
  console.log(
    `(c) cold load (new context, empty cache), ms from navigation start, ${throttled.length} loads each;\n` +
      `    first curve = when the first frame showing a curve was presented (bench/ui/first-curve.ts)\n`,
  );
  console.log(
    table(
      ['', 'median', 'min', 'max'],
      [
        row('default view: first curve, 4× CPU throttle', throttled, (l) => l.firstCurve),
        row('  of which: curve in the DOM, 4×', throttled, (l) => l.inDom),
        row('busy view: first curve, 4× CPU throttle', busy, (l) => l.firstCurve),
        row('default view: first curve, no throttle', unthrottled, (l) => l.firstCurve),
      ],
    ),
  );
  // Normally every load's curve is in its first contentful frame; say so when one was not.
  const estimated = [...throttled, ...busy, ...unthrottled].filter((l) => l.method !== 'fcp');
  if (estimated.length > 0)
    console.log(
      `    ${estimated.length} load(s) painted the curve after FCP: main-thread frame end used`,
    );
  const target = ms(median(throttled.map((l) => l.firstCurve)));
  console.log(`    target: ≤ 450 ms at 4× → ${target} ms (default view)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
