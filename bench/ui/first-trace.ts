/**
 * `BENCH_ONLY=firsttrace`: where the main thread's time goes between navigation and the first
 * curve, cold at 4× CPU throttle, from a DevTools trace of each load. CPU (thread) time, not
 * wall time, so it holds on a loaded machine, where the cold loads' wall times do not.
 *
 * Besides the split by kind of work over the whole window, it reports the task that put the
 * curve in the document (for a shared link: the first frame's module painting, src/page/
 * firstFrame) and the CPU from its start to the first contentful paint: the work that stands
 * between the first frame's module arriving and the curve on screen.
 */
import type { Browser } from 'playwright-core';
import { openColdPage } from './cold-load';
import { FIRST_CURVE_PROBE, type FirstCurve } from './first-curve';
import type { TraceEvent } from './trace';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
];

/** Kinds of main-thread work, by trace event name (self time). */
export const KINDS = [
  'parse',
  'style',
  'layout',
  'paint',
  'compile',
  'script',
  'gc',
  'other',
] as const;
type Kind = (typeof KINDS)[number];

function kindOf(name: string): Kind {
  if (name === 'ParseHTML' || name.startsWith('HTMLDocumentParser')) return 'parse';
  if (/performLayout|ShapeText|InlineNode|SvgText|^Layout$/.test(name)) return 'layout';
  if (/recalcStyle|UpdateStyle|rebuildLayoutTree|UpdateLayoutTree|ParseAuthorStyleSheet/.test(name))
    return 'style';
  if (/Paint|Layerize|UpdateLifecycle|^Commit$/.test(name)) return 'paint';
  if (/GC|Scavenger/.test(name)) return 'gc';
  if (/^v8\.(compile|parse)|Compile|Deserialize/.test(name)) return 'compile';
  if (/^v8|^V8|RunMicrotasks|EvaluateScript|FunctionCall|Microtask/.test(name)) return 'script';
  return 'other';
}

/** One load's CPU ms (4×): by kind, and the first frame's task. */
export interface FirstTrace {
  total: number;
  kinds: Record<Kind, number>;
  /** The task that put the curve in the document, and its script and layout. */
  frame: number;
  frameScript: number;
  frameLayout: number;
  /** From the start of that task to the first contentful paint. */
  frameToPaint: number;
}

/** `n` cold loads of each URL in turns, traced; per URL, one entry per load. */
export async function firstTraces(
  browser: Browser,
  urls: readonly string[],
  n: number,
): Promise<FirstTrace[][]> {
  const out = urls.map((): FirstTrace[] => []);
  for (let i = 0; i < n; i++)
    for (const [j, url] of urls.entries()) out[j]!.push(await traceLoad(browser, url));
  return out;
}

async function traceLoad(browser: Browser, url: string): Promise<FirstTrace> {
  const { context, page } = await openColdPage(browser, 4);
  try {
    await page.addInitScript(FIRST_CURVE_PROBE);
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    const curve: FirstCurve = await page.evaluate(() => window.__firstCurvePromise);
    const raw = await browser.stopTracing();
    const { traceEvents } = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] };
    return split(traceEvents, curve);
  } finally {
    await context.close();
  }
}

function split(events: readonly TraceEvent[], curve: FirstCurve): FirstTrace {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('first-trace: no firstContentfulPaint in the trace');
  const { pid, tid } = fcp;
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.pid === pid &&
      /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''),
  );
  if (!nav) throw new Error('first-trace: no navigationStart for the page');
  const xs = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => e.ts >= nav.ts && e.ts < fcp.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
  const inDom = nav.ts + curve.inDom * 1000;
  const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const r: FirstTrace = {
    total: 0,
    kinds,
    frame: 0,
    frameScript: 0,
    frameLayout: 0,
    frameToPaint: 0,
  };
  const stack: TraceEvent[] = [];
  let top: TraceEvent | undefined;
  for (const e of xs) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (!parent) top = e;
    const end = top!.ts + top!.dur!;
    // Within 2 ms of the task: the probe's clock and the trace's differ by a little.
    const isFrame = top!.ts <= inDom + 2000 && inDom <= end + 2000;
    const add = (k: Kind, v: number) => {
      kinds[k] += v;
      if (isFrame && k === 'script') r.frameScript += v;
      if (isFrame && k === 'layout') r.frameLayout += v;
    };
    if (!parent) {
      r.total += cpu(e);
      if (isFrame) r.frame = Math.max(r.frame, cpu(e));
      if (end >= inDom - 2000) r.frameToPaint += cpu(e);
    } else add(kindOf(parent.name), -cpu(e));
    add(kindOf(e.name), cpu(e));
    stack.push(e);
  }
  return r;
}
