import { StrictMode } from 'react';
import type { Lang } from '../i18n/types';
import { ExplorerProvider } from '../state/context';
import type { ExplorerStoreApi } from '../state/explorerStore';
import { LessonPage } from './LessonPage';
import type { LessonUrl } from './url';

export interface LessonAppProps {
  /** Language and theme (the explorer's store, so its header switches work unchanged). */
  explorer: ExplorerStoreApi;
  decoded: LessonUrl;
  defaultLang: Lang;
}

/** The lesson's whole React tree, for the page and tests alike. */
export function LessonApp({ explorer, decoded, defaultLang }: LessonAppProps) {
  return (
    <StrictMode>
      <ExplorerProvider store={explorer}>
        <LessonPage
          initialStep={decoded.step}
          notices={decoded.notices}
          defaultLang={defaultLang}
        />
      </ExplorerProvider>
    </StrictMode>
  );
}
