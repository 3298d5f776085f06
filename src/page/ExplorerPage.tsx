import { StrictMode, useEffect } from 'react';
import { InitialPlotWidth } from '../components/plot/initialWidth';
import type { KitQuery } from '../export/kit/keys';
import { FullFrame } from '../parts/FullFrame';
import { FALLBACK_WIDTH } from '../plot/layout';
import { ExplorerProvider } from '../state/context';
import type { ExplorerStoreApi } from '../state/explorerStore';
import type { Notice } from '../state/urlCodec';
import { DeferredKitButton, deferredParts, releasePageParts } from './deferredParts';

export interface ExplorerPageProps {
  store: ExplorerStoreApi;
  /** URL parameters that were ignored or adjusted. */
  notices: readonly Notice[];
  /** Plot width until the plot has measured itself (in its mount commit, before any frame). */
  initialPlotWidth?: number;
  /** The export kit's parameters from the address (`export=…`), taken out of the state's. */
  kit?: KitQuery | null;
}

/**
 * The standalone page's React tree: the figure with the page's title bar, notices, export menu,
 * embed dialog and explanations. One component for the build-time prerender and the browser,
 * because hydration needs both to render the very same tree. The parts around the figure load
 * once it is interactive (deferredParts.tsx).
 */
export function ExplorerPage({
  store,
  notices,
  initialPlotWidth = FALLBACK_WIDTH,
  kit = null,
}: ExplorerPageProps) {
  useEffect(releasePageParts, []);
  return (
    <StrictMode>
      <ExplorerProvider store={store}>
        <InitialPlotWidth value={initialPlotWidth}>
          <FullFrame
            notices={notices}
            headingLevel={1}
            exportExtra={<DeferredKitButton query={kit} />}
            parts={deferredParts}
          />
        </InitialPlotWidth>
      </ExplorerProvider>
    </StrictMode>
  );
}
