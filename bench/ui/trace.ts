/**
 * Per-step main-thread costs from a Chrome trace (the JSON `browser.stopTracing()` returns),
 * split into the categories DevTools' Performance panel shows.
 */

/** Main-thread time, ms: `task` is the total, the rest is how it splits. */
export interface Split {
  task: number;
  script: number;
  style: number;
  layout: number;
  /** Pre-paint, paint (recording the display list) and layerisation. */
  paint: number;
  /** Handing the frame to the compositor; the main thread waits until it is taken over. */
  commit: number;
  /** Input routing, task scheduling, IPC and anything else. */
  other: number;
}

/** Wall time (inside tasks) and CPU time (the trace's thread time) of the same tasks. */
export interface Timed {
  /** Includes waits, e.g. in `commit` for the compositor, and time lost to other processes. */
  wall: Split;
  /** What the thread actually computed: robust against machine load. */
  cpu: Split;
}

/**
 * One step. `frame`: the tasks from the one that dispatched the key event up to and including
 * the one that committed the next frame: the work that stands between the input and its pixels.
 * `later`: the tasks after that frame until the next step's key event (timers such as a
 * debounced URL write, idle work); not part of the step's frame, reported on its own.
 */
export interface StepCost {
  frame: Timed;
  later: Timed;
  /**
   * With `until` (see {@link stepCosts}): ms from the key event's task to the end of the task
   * that committed the frame; NaN when the marked change never came before the next step.
   */
  latency?: number;
}

export const COST_KEYS = ['script', 'style', 'layout', 'paint', 'commit', 'other'] as const;
type Category = (typeof COST_KEYS)[number];

/** A DevTools trace event, as far as the benchmarks read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string; message?: string; documentLoaderURL?: string } };
}

const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree']);
const COMMIT = new Set(['Commit']);
const SCRIPT = new Set([
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'EvaluateScript',
  'MinorGC',
  'MajorGC',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

function categoryOf(name: string): Category {
  if (SCRIPT.has(name) || name.startsWith('V8.') || name.startsWith('v8.')) return 'script';
  if (STYLE.has(name)) return 'style';
  if (LAYOUT.has(name)) return 'layout';
  if (PAINT.has(name)) return 'paint';
  if (COMMIT.has(name)) return 'commit';
  return 'other';
}

function eventsOf(trace: unknown): TraceEvent[] {
  return Array.isArray(trace)
    ? (trace as TraceEvent[])
    : (trace as { traceEvents: TraceEvent[] }).traceEvents;
}

/** The thread on which `console.timeStamp(marker)` ran: the page's renderer main thread. */
function markedThread(events: readonly TraceEvent[], marker: string) {
  const e = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === marker);
  if (!e) throw new Error(`trace: no console.timeStamp('${marker}') found`);
  return { pid: e.pid, tid: e.tid };
}

const zero = (): Split => ({
  task: 0,
  script: 0,
  style: 0,
  layout: 0,
  paint: 0,
  commit: 0,
  other: 0,
});
const timed = (): Timed => ({ wall: zero(), cpu: zero() });

/** A top-level task and every event nested in it. */
interface Task {
  top: TraceEvent;
  nested: TraceEvent[];
}

/** Adds a task's total and the self time of each of its events to `into`. */
function addTask(into: Timed, { top, nested }: Task) {
  const add = (k: keyof Split, e: TraceEvent, sign: number) => {
    into.wall[k] += (sign * e.dur!) / 1000;
    into.cpu[k] += (sign * (e.tdur ?? e.dur!)) / 1000;
  };
  add('task', top, 1);
  // Self time: each event's duration goes to its category, and is taken from its parent's.
  const stack: TraceEvent[] = [];
  for (const e of [top, ...nested]) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts)
      stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) add(categoryOf(parent.name), e, -1);
    add(categoryOf(e.name), e, 1);
    stack.push(e);
  }
}

/**
 * The marked page's main thread, one cost per step: a step starts with the task that
 * dispatched a keydown and ends where the next step starts (so n keydowns give n − 1 steps).
 * Its `frame` ends with the first committed frame; with `until`, the first committed frame at
 * or after the page's `console.timeStamp(until)` in that step (e.g. the frame that shows the
 * new curve, however many frames and timers come between the key and it).
 */
export function stepCosts(trace: unknown, marker: string, until?: string): StepCost[] {
  const events = eventsOf(trace);
  const { pid, tid } = markedThread(events, marker);
  const mine = (e: TraceEvent) => e.pid === pid && e.tid === tid;
  const xs = events
    .filter((e) => mine(e) && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const marks = events
    .filter((e) => mine(e) && e.name === 'TimeStamp' && e.args?.data?.message === until)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks: Task[] = [];
  let end = -Infinity;
  for (const e of xs) {
    if (e.ts >= end) {
      tasks.push({ top: e, nested: [] });
      end = e.ts + e.dur!;
    } else tasks[tasks.length - 1]!.nested.push(e);
  }
  const isKeydown = (t: Task) =>
    t.nested.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const commits = (t: Task) => t.nested.some((e) => COMMIT.has(e.name));
  const endOf = (t: Task) => t.top.ts + t.top.dur!;
  const starts = tasks.flatMap((t, i) => (isKeydown(t) ? [i] : []));
  const out: StepCost[] = [];
  for (let s = 0; s + 1 < starts.length; s++) {
    const first = tasks[starts[s]!]!;
    const next = tasks[starts[s + 1]!]!;
    const mark =
      until === undefined
        ? -Infinity
        : (marks.find((ts) => ts >= first.top.ts && ts < next.top.ts) ?? Infinity);
    const step: StepCost = { frame: timed(), later: timed() };
    if (until !== undefined) step.latency = Number.NaN;
    let inFrame = true;
    for (let i = starts[s]!; i < starts[s + 1]!; i++) {
      const task = tasks[i]!;
      addTask(inFrame ? step.frame : step.later, task);
      if (inFrame && commits(task) && endOf(task) >= mark) {
        inFrame = false;
        if (until !== undefined) step.latency = (endOf(task) - first.top.ts) / 1000;
      }
    }
    out.push(step);
  }
  return out;
}
