import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Explorer } from '../components/Explorer';
import type { Notice } from '../state/patch';
import type { NoticesProps } from './Notices';

/**
 * The parts around the full explorer's figure. A host passes them in: the React package its
 * static copies (`fullParts.tsx`), the page copies that load once it is interactive
 * (src/page/deferredParts.tsx), so that their code is not in the page's first load.
 */
export interface FullParts {
  /** The title bar. */
  Header: ComponentType<{ level: 1 | 2 | 3 }>;
  /** After the controls: the export menu (with `exportExtra` in it), embed dialog, audio trace. */
  Tools: ComponentType<{ exportExtra?: ReactNode }>;
  /** Below the figure: the explanations, loaded when they come near. */
  Explanations: ComponentType<{ headingLevel: 2 | 3 | 4 }>;
}

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

export interface FullFrameProps {
  notices?: readonly Notice[];
  /** Level of the title: 1 on a page of its own, deeper inside an article. */
  headingLevel: 1 | 2 | 3;
  /** More controls in the export menu (the page puts its export kit there). */
  exportExtra?: ReactNode;
  parts: FullParts;
}

/**
 * The full explorer's layout: the figure with the title bar, notices, tools and explanations
 * around it. Styles: figure.css, full.css, export.css, embed-dialog.css.
 */
export function FullFrame({ notices = [], headingLevel, exportExtra, parts }: FullFrameProps) {
  const { Header, Tools, Explanations } = parts;
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
      tools={<Tools exportExtra={exportExtra} />}
      after={<Explanations headingLevel={(headingLevel + 1) as 2 | 3 | 4} />}
    />
  );
}
