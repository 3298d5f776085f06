import { startTransition, useEffect, useState } from 'react';
import type { DemoClient } from '../../train/client';
import type { TrainerOptions } from '../../train/dying';
import { useLazyClient } from '../useClient';
import { TrainingSession } from './session';

/**
 * Redraws while training at most every this many ms: the charts are SVG, and re-laying out and
 * painting them 60 times a second would take the main thread from input for little gain.
 */
const REDRAW_MS = 50;

/** Calls `fn` in an animation frame, at most once per `minMs` (setTimeout alone without frames). */
function throttle(fn: () => void, minMs: number): { request(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let last = -Infinity;
  const raf = typeof requestAnimationFrame === 'function';
  const run = () => {
    frame = null;
    last = performance.now();
    fn();
  };
  return {
    request() {
      if (timer !== null || frame !== null) return;
      timer = setTimeout(
        () => {
          timer = null;
          if (raf) frame = requestAnimationFrame(run);
          else run();
        },
        Math.max(0, last + minMs - performance.now()),
      );
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      if (frame !== null) cancelAnimationFrame(frame);
      timer = frame = null;
    },
  };
}

/** Owns the current session of a component: opened and closed by its effects, read in render. */
class SessionHost {
  session: TrainingSession | null = null;
  /** Why no session could start (no worker in this browser), else null. */
  error: string | null = null;
  constructor(private target: number) {}

  open(getClient: () => DemoClient, runs: readonly TrainerOptions[], onChange: () => void): void {
    this.session?.dispose();
    this.session = null;
    try {
      this.session = new TrainingSession(getClient(), runs, this.target, onChange);
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    onChange();
  }

  close(): void {
    this.session?.dispose();
  }

  setTarget(steps: number): void {
    this.target = steps;
    this.session?.setTarget(steps);
  }
}

/**
 * A training session for `runs` (memoise the array: a new one starts a new session, as does a
 * new `resetKey`), kept at `target` steps. Re-renders at most every REDRAW_MS, in a frame and
 * as a transition, so a slider moved during training responds first. `version` changes with every re-render
 * the session asks for: use it as the dependency of views derived from the session.
 */
export function useTrainingSession(
  runs: readonly TrainerOptions[],
  target: number,
  resetKey: number,
): { session: TrainingSession | null; error: string | null; version: number } {
  const getClient = useLazyClient();
  const [host] = useState(() => new SessionHost(target));
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const frame = throttle(() => startTransition(() => setVersion((v) => v + 1)), REDRAW_MS);
    host.open(getClient, runs, frame.request);
    return () => {
      frame.cancel();
      host.close();
    };
  }, [host, getClient, runs, resetKey]);

  useEffect(() => host.setTarget(target), [host, target]);

  return { session: host.session, error: host.error, version };
}
