import { useEffect } from 'react';
import { useExplorerApi } from '../../state/context';
import type { ExplorerStoreApi } from '../../state/explorerStore';

/** The width each explorer instance's plot was last drawn at, by the instance's store. */
const drawn = new WeakMap<ExplorerStoreApi, number>();

/**
 * Records the width this instance's plot is drawn at, so the export draws the file at the size
 * the reader sees (without measuring the page). Keyed by the store: one entry per instance,
 * gone with it.
 */
export function useRecordPlotWidth(width: number): void {
  const api = useExplorerApi();
  useEffect(() => {
    drawn.set(api, width);
  }, [api, width]);
}

/** The width the plot of the instance behind `api` was last drawn at, if it is drawn. */
export function drawnPlotWidth(api: ExplorerStoreApi): number | undefined {
  return drawn.get(api);
}
