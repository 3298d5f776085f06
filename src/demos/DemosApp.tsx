import { StrictMode } from 'react';
import { ExplorerProvider } from '../state/context';
import type { ExplorerStoreApi } from '../state/explorerStore';
import type { DemoNotice } from './codec';
import { DemosProvider, type ClientFactory, type DemosPage as DemosPageInfo } from './context';
import { DemosPage } from './DemosPage';
import type { DemosStoreApi } from './store';
import type { View } from './views';

export interface DemosAppProps {
  /** Language and theme (the explorer's store, so its header switches work unchanged). */
  explorer: ExplorerStoreApi;
  demos: DemosStoreApi;
  view: View;
  notices: readonly DemoNotice[];
  /** On the demos page: links between views; omitted when embedded. */
  page?: DemosPageInfo;
  embed?: boolean;
  /** Embedded: the full page's URL, for each demo's link to it. */
  appUrl?: string;
  /** Computation clients (default: a module worker per panel). */
  clients?: ClientFactory;
}

/** The demos' whole React tree, for the page, the embed view and tests alike. */
export function DemosApp(props: DemosAppProps) {
  const { explorer, demos, view, notices, page, embed, appUrl, clients } = props;
  return (
    <StrictMode>
      <ExplorerProvider store={explorer}>
        <DemosProvider
          store={demos}
          {...(clients && { clients })}
          {...(page && { page })}
          {...(appUrl !== undefined && { appUrl })}
        >
          <DemosPage view={view} notices={notices} embed={embed ?? false} />
        </DemosProvider>
      </ExplorerProvider>
    </StrictMode>
  );
}
