import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Explorer } from '../components/Explorer';
import { useT } from '../components/useT';
import { ExportMenu } from '../export/ExportMenu';
import { loadExportLazily } from '../export/lazy';
import type { Notice } from '../state/patch';
import type { NoticesProps } from './Notices';
import { LazyAudioTrace } from './audio/LazyAudioTrace';
import { EmbedButton } from './embedDialog/EmbedButton';
import { Header } from './Header';
import { WhenNear } from './WhenNear';

// Formulas, properties and code are below the plot: their chunks (and KaTeX) load once they
// come near the viewport or the page is idle (WhenNear), not while the page starts.
const Explanations = lazy(() =>
  import('../components/explain/Explanations').then((m) => ({ default: m.Explanations })),
);

// The URL notices' text (every notice in both languages) loads only for a page that has some:
// most have none. The empty live region is rendered at once, so it is in place before any text.
type NoticesPart = ComponentType<NoticesProps>;
/** The part once its chunk is in: rendered directly, it is there in the very first commit. */
let loadedNotices: NoticesPart | null = null;
const loadNotices = () =>
  import('./Notices').then((m) => {
    loadedNotices = m.Notices;
    return { default: m.Notices };
  });
// A lazy component suspends on its first render even when its chunk is loaded (it calls its
// loader then), so a preloaded part went in a commit after the plot: a shift down, and a page
// that looked like it had no notices.
const LazyNotices = lazy(loadNotices);
/** Starts loading the notices' part; a host with notices awaits it before its first render. */
export const preloadNotices = (): Promise<unknown> => loadNotices();

/** The notices: the loaded part if it is in, else the lazy one (fixed per mount, so no remount). */
function Notices({ notices }: NoticesProps) {
  const [Part] = useState<NoticesPart>(() => loadedNotices ?? LazyNotices);
  return <Part notices={notices} />;
}

export interface FullExplorerProps {
  notices?: readonly Notice[];
  /** Level of the title: 1 on a page of its own, deeper inside an article. */
  headingLevel: 1 | 2 | 3;
  /** More controls in the export menu (the page puts its export kit there). */
  exportExtra?: ReactNode;
}

/**
 * The full explorer — the standalone page's, and the React package's `full` mode: the figure
 * with the title bar, notices, audio trace, export menu, embed dialog and explanations around it.
 * Styles: figure.css, full.css, export.css, embed-dialog.css; the explanations bring explain.css.
 */
export function FullExplorer({ notices = [], headingLevel, exportExtra }: FullExplorerProps) {
  const t = useT();
  const loading = <p className="ae-hint ae-loading">{t('loading')}</p>;
  // What NoticeList renders for no notices: the polite live region, empty.
  const noNotices = <div role="status" className="ae-notices ae-empty" />;
  return (
    <Explorer
      before={
        <>
          <Header level={headingLevel} />
          {notices.length > 0 ? (
            <Suspense fallback={noNotices}>
              <Notices notices={notices} />
            </Suspense>
          ) : (
            noNotices
          )}
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
