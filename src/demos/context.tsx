import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Lang } from '../i18n/types';
import {
  createDemoClient,
  createDemoWorker,
  type DemoClient,
  type WorkerLike,
} from '../train/client';
import type { DemosStore, DemosStoreApi } from './store';

/** A client of its own for one panel, and how to let go of it (terminating its worker). */
export interface ClientLease {
  client: DemoClient;
  release(): void;
}

/** Makes a client: a real Worker in the app, `createInProcessWorker()` in tests. */
export type ClientFactory = () => ClientLease;

/** A factory whose every lease gets a worker of its own from `makeWorker`, terminated on release. */
export function leaseClients(makeWorker: () => WorkerLike): ClientFactory {
  return () => {
    const worker = makeWorker();
    const client = createDemoClient(worker);
    return {
      client,
      release() {
        client.dispose();
        worker.terminate();
      },
    };
  };
}

/** One module worker per lease: panels run side by side without queueing behind each other. */
const workerClientFactory: ClientFactory = leaseClients(createDemoWorker);

/** Where the demos are shown: on their page (with links between views) or embedded. */
export interface DemosPage {
  /** The language an empty `lang` stands for (the browser's), so links stay canonical. */
  defaultLang: Lang;
}

interface DemosContextValue {
  store: DemosStoreApi;
  clients: ClientFactory;
  page: DemosPage | null;
  appUrl: string | null;
}

const DemosContext = createContext<DemosContextValue | null>(null);

export interface DemosProviderProps {
  store: DemosStoreApi;
  /** Where panels get their computation clients (default: a module worker each). */
  clients?: ClientFactory;
  /** On the demos page: links between views. Omitted (embeds, tests): no such links. */
  page?: DemosPage;
  /** Embedded: the full page's URL, for "open in Activation Explorer". Omitted: no such link. */
  appUrl?: string;
  children: ReactNode;
}

/** Gives the demo panels below it their settings store and computation clients. */
export function DemosProvider({
  store,
  clients = workerClientFactory,
  page,
  appUrl,
  children,
}: DemosProviderProps) {
  const value = useMemo(
    () => ({ store, clients, page: page ?? null, appUrl: appUrl ?? null }),
    [store, clients, page, appUrl],
  );
  return <DemosContext.Provider value={value}>{children}</DemosContext.Provider>;
}

function useDemosContext(): DemosContextValue {
  const value = useContext(DemosContext);
  if (!value)
    throw new Error('Demo panels must be rendered inside <DemosProvider>: wrap them in it.');
  return value;
}

/** Selects from the demos store; select stored references or primitives only. */
export function useDemos<T>(selector: (s: DemosStore) => T): T {
  return useStore(useDemosContext().store, selector);
}

/** The page the demos are on, or null when embedded. */
export function useDemosPage(): DemosPage | null {
  return useDemosContext().page;
}

/** Where the demos are embedded: the full page's URL, if the embed links to it; else null. */
export function useAppUrl(): string | null {
  return useDemosContext().appUrl;
}

/** The client factory of the nearest DemosProvider. */
export function useClientFactory(): ClientFactory {
  return useDemosContext().clients;
}
