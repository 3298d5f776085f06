import { lazy, Suspense, type ReactNode } from 'react';
import { Explorer } from '../components/Explorer';
import { useT } from '../components/useT';
import { ExportMenu } from '../export/ExportMenu';
import { loadExportLazily } from '../export/lazy';
import type { Notice } from '../state/patch';
import { LazyAudioTrace } from './audio/LazyAudioTrace';
import { EmbedButton } from './embedDialog/EmbedButton';
import { Header } from './Header';
import { Notices } from './Notices';
import { WhenNear } from './WhenNear';

// Formulas, properties and code are below the plot: their chunks (and KaTeX) load once they
// come near the viewport or the page is idle (WhenNear), not while the page starts.
const Explanations = lazy(() =>
  import('../components/explain/Explanations').then((m) => ({ default: m.Explanations })),
);

export interface FullExplorerProps {
  notices?: readonly Notice[];
  /** Level of the title: 1 on a page of its own, deeper inside an article. */
  headingLevel: 1 | 2 | 3;
  /** More controls in the export menu (the page puts its export kit there). */
  exportExtra?: ReactNode;
}

/**
 * The full explorer — the standalone page's, and the React package's `full` mode: the figure
 * with the title bar, notices, audio trace, export menu, embed dialog and explanations around it. Styles:
 * figure.css, full.css, export.css, embed-dialog.css.
 */
export function FullExplorer({ notices = [], headingLevel, exportExtra }: FullExplorerProps) {
  const t = useT();
  const loading = <p className="ae-hint ae-loading">{t('loading')}</p>;
  return (
    <Explorer
      before={
        <>
          <Header level={headingLevel} />
          <Notices notices={notices} />
        </>
      }
      tools={
        <>
          <ExportMenu load={loadExportLazily}>{exportExtra}</ExportMenu>
          <EmbedButton />
          <LazyAudioTrace />
        </>
      }
      after={
        <WhenNear className="ae-explain" placeholder={loading}>
          <Suspense fallback={loading}>
            <Explanations headingLevel={(headingLevel + 1) as 2 | 3 | 4} />
          </Suspense>
        </WhenNear>
      }
    />
  );
}
