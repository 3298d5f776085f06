/** Progress of a long computation: `done` of `total` units of work. */
export interface Progress {
  done: number;
  total: number;
}

/**
 * A computation split into chunks: each `next()` does one chunk and yields progress; the return
 * value is the result. Lets the worker yield to its message loop between chunks (pause, cancel).
 */
export type Steps<R> = Generator<Progress, R, void>;

/** Runs a chunked computation to the end, synchronously. */
export function runToEnd<R>(steps: Steps<R>): R {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
