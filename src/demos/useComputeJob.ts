import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { JobHandle } from '../train/client';
import type { ComputeKind, JobOptionsMap, JobResultMap } from '../train/protocol';
import { useLazyClient } from './useClient';

export interface ComputeState<R> {
  status: 'idle' | 'running' | 'done' | 'error';
  /** 0…1 while running. */
  progress: number;
  /** The last complete result; kept while a new one is computed, so charts do not flash. */
  result: R | null;
  error: string | null;
}

export interface ComputeJob<K extends ComputeKind> extends ComputeState<JobResultMap[K]> {
  /** Starts a job, cancelling the one in progress. */
  start(options: JobOptionsMap[K]): void;
  /** Cancels the job in progress, keeping the last result. */
  stop(): void;
}

/**
 * One-shot computations (cost, depth, sparsity) in this component's worker. Progress and
 * results arrive as transitions, so typing or dragging a slider always wins over redrawing.
 */
export function useComputeJob<K extends ComputeKind>(kind: K): ComputeJob<K> {
  const getClient = useLazyClient();
  const handle = useRef<JobHandle | null>(null);
  const [state, setState] = useState<ComputeState<JobResultMap[K]>>({
    status: 'idle',
    progress: 0,
    result: null,
    error: null,
  });

  const start = useCallback(
    (options: JobOptionsMap[K]) => {
      handle.current?.cancel();
      handle.current = null;
      let client;
      try {
        client = getClient();
      } catch (e) {
        // No worker here (very old browser, blocked by policy): say so rather than hang.
        const error = e instanceof Error ? e.message : String(e);
        setState((s) => ({ ...s, status: 'error', progress: 0, error }));
        return;
      }
      const live = () => handle.current === h;
      const h: JobHandle = client.start(kind, options, {
        onProgress: (done, total) =>
          live() && startTransition(() => setState((s) => ({ ...s, progress: done / total }))),
        onResult: (result) =>
          live() &&
          startTransition(() => setState({ status: 'done', progress: 1, result, error: null })),
        onError: (e) => {
          if (!live()) return;
          handle.current = null;
          setState((s) => ({ ...s, status: 'error', progress: 0, error: e.message }));
        },
      });
      handle.current = h;
      setState((s) => ({ ...s, status: 'running', progress: 0, error: null }));
    },
    [getClient, kind],
  );

  const stop = useCallback(() => {
    handle.current?.cancel();
    handle.current = null;
    setState((s) => ({ ...s, status: s.result ? 'done' : 'idle', progress: 0 }));
  }, []);

  useEffect(
    () => () => {
      handle.current?.cancel();
      handle.current = null;
    },
    [],
  );

  return { ...state, start, stop };
}
