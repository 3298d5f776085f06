import { startTransition, useEffect, useState } from 'react';
import type { DemoClient } from '../../train/client';
import type { TrainerOptions } from '../../train/dying';
import { useLazyClient } from '../useClient';
import { TrainingSession } from './session';

/** Calls `fn` at most once per animation frame (setTimeout where there are no frames). */
function frameThrottle(fn: () => void): { request(): void; cancel(): void } {
  let id: ReturnType<typeof setTimeout> | number | null = null;
  const raf = typeof requestAnimationFrame === 'function';
  const run = () => {
    id = null;
    fn();
  };
  return {
    request() {
      if (id === null) id = raf ? requestAnimationFrame(run) : setTimeout(run, 16);
    },
    cancel() {
      if (id === null) return;
      if (raf) cancelAnimationFrame(id as number);
      else clearTimeout(id as ReturnType<typeof setTimeout>);
      id = null;
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
 * new `resetKey`), kept at `target` steps. Re-renders at most once per frame, as a transition,
 * so a slider moved during training responds first. `version` changes with every re-render
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
    const frame = frameThrottle(() => startTransition(() => setVersion((v) => v + 1)));
    host.open(getClient, runs, frame.request);
    return () => {
      frame.cancel();
      host.close();
    };
  }, [host, getClient, runs, resetKey]);

  useEffect(() => host.setTarget(target), [host, target]);

  return { session: host.session, error: host.error, version };
}
