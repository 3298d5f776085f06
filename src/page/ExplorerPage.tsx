import { StrictMode } from 'react';
import { Explorer } from '../components/Explorer';
import { InitialPlotWidth } from '../components/plot/initialWidth';
import { ExplorerProvider } from '../state/context';
import type { ExplorerStoreApi } from '../state/explorerStore';
import type { Notice } from '../state/urlCodec';
import { PAGE_PLOT_WIDTH } from './prerendered';

export interface ExplorerPageProps {
  store: ExplorerStoreApi;
  /** URL parameters that were ignored or adjusted. */
  notices: readonly Notice[];
}

/**
 * The standalone page's React tree. One component for the build-time prerender and the
 * browser, because hydration needs both to render the very same tree.
 */
export function ExplorerPage({ store, notices }: ExplorerPageProps) {
  return (
    <StrictMode>
      <ExplorerProvider store={store}>
        <InitialPlotWidth value={PAGE_PLOT_WIDTH}>
          <Explorer notices={notices} />
        </InitialPlotWidth>
      </ExplorerProvider>
    </StrictMode>
  );
}
