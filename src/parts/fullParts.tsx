import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../components/useT';
import { ExportMenu } from '../export/ExportMenu';
import { loadExportLazily } from '../export/lazy';
import { LazyAudioTrace } from './audio/LazyAudioTrace';
import { EmbedButton } from './embedDialog/EmbedButton';
import type { FullParts } from './FullFrame';
import { Header } from './Header';
import { WhenNear } from './WhenNear';

// Formulas, properties and code are below the plot: their chunks (and KaTeX) load once they
// come near the viewport or the page is idle (WhenNear), not while the page starts.
const LazyExplanations = lazy(() =>
  import('../components/explain/Explanations').then((m) => ({ default: m.Explanations })),
);

/** The export menu (with `exportExtra` in it), the embed dialog and the audio trace. */
export function Tools({ exportExtra }: { exportExtra?: ReactNode }) {
  return (
    <>
      <ExportMenu load={loadExportLazily}>{exportExtra}</ExportMenu>
      <EmbedButton />
      <LazyAudioTrace />
    </>
  );
}

/** The explanations, below the figure: a placeholder until they come near (WhenNear). */
export function Explanations({ headingLevel }: { headingLevel: 2 | 3 | 4 }) {
  const t = useT();
  const loading = <p className="ae-hint ae-loading">{t('loading')}</p>;
  return (
    <WhenNear className="ae-explain" placeholder={loading}>
      <Suspense fallback={loading}>
        <LazyExplanations headingLevel={headingLevel} />
      </Suspense>
    </WhenNear>
  );
}

export { Header };

/** The full explorer's parts, all in the caller's bundle. */
export const fullParts: FullParts = { Header, Tools, Explanations };
