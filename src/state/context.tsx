import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createExplorerStore,
  type ExplorerState,
  type ExplorerStore,
  type ExplorerStoreApi,
} from './explorerStore';

const ExplorerContext = createContext<ExplorerStoreApi | null>(null);

export interface ExplorerProviderProps {
  /** Initial state of this instance (from props, attributes or the URL). */
  initial?: Partial<ExplorerState>;
  /** An existing store, e.g. one the caller subscribes to. Wins over `initial`. */
  store?: ExplorerStoreApi;
  children: ReactNode;
}

/** Gives its subtree one explorer store of its own; several on a page never share state. */
export function ExplorerProvider({ initial, store, children }: ExplorerProviderProps) {
  const [own] = useState(() => store ?? createExplorerStore(initial));
  return <ExplorerContext.Provider value={own}>{children}</ExplorerContext.Provider>;
}

/** The store of the nearest ExplorerProvider. */
export function useExplorerApi(): ExplorerStoreApi {
  const api = useContext(ExplorerContext);
  if (!api)
    throw new Error(
      'useExplorer must be used inside <ExplorerProvider>: wrap the explorer components in it.',
    );
  return api;
}

/** Selects one value from this instance's store; select primitives or stored references only. */
export function useExplorer<T>(selector: (s: ExplorerStore) => T): T {
  return useStore(useExplorerApi(), selector);
}
