import { useEffect, useState } from 'react';

/** Values that start settling in the same task with the same delay, settled by one timer. */
interface Batch {
  delayMs: number;
  /** When it was opened (Date.now()). */
  at: number;
  runs: Set<() => void>;
}

let open: Batch | null = null;

/**
 * Runs `run` after `delayMs`, in one task with every other run scheduled in this task with the
 * same delay (React renders their updates together: one commit, one layout, not one each).
 * Returns a function that cancels `run`.
 */
function settleLater(delayMs: number, run: () => void): () => void {
  const now = Date.now();
  let batch = open;
  if (batch === null || batch.delayMs !== delayMs || Math.abs(now - batch.at) > 1) {
    const b: Batch = { delayMs, at: now, runs: new Set() };
    setTimeout(() => {
      for (const r of b.runs) r();
    }, delayMs);
    // Runs scheduled in a later task get a timer of their own (the clock tells tasks apart
    // where no microtask ran between them, as in tests).
    void Promise.resolve().then(() => {
      if (open === b) open = null;
    });
    open = batch = b;
  }
  const runs = batch.runs;
  runs.add(run);
  return () => runs.delete(run);
}

/**
 * `value` once it has stopped changing for `delayMs`: expensive derived views (the properties
 * analysis takes a few milliseconds) then run once when a dragged slider pauses instead of on
 * every step, keeping each step within a frame. Views that start settling in the same commit
 * (the explanations and the formula's TeX after a keystroke) settle in the same task.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    return settleLater(delayMs, () => setSettled(value));
  }, [value, settled, delayMs]);
  return settled;
}
