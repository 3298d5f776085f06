import { lazy, Suspense } from 'react';
import { useExplorerConfig } from '../embed/config';
import { showsAnyControl } from '../embed/controls';
import { EmbedButton } from '../embed/EmbedButton';
import { OpenFullLink } from '../embed/OpenFullLink';
import { ExportMenu } from '../export/ExportMenu';
import { useExplorer } from '../state/context';
import { selectLang, selectTheme } from '../state/selectors';
import type { Notice } from '../state/urlCodec';
import { CompareControls } from './CompareControls';
import { DisplayOptions } from './DisplayOptions';
import { FunctionPicker } from './FunctionPicker';
import { Header } from './Header';
import { Notices } from './Notices';
import { ParamControls } from './ParamControls';
import { PlotPanel } from './plot/PlotPanel';
import { RangeControls } from './RangeControls';
import { useResolvedTheme } from './useResolvedTheme';
import { useT } from './useT';
import { WhenNear } from './WhenNear';

// Formulas, properties and code are below the plot: their chunks (and KaTeX) load once they
// come near the viewport or the page is idle (WhenNear), not while the page starts.
const Explanations = lazy(() =>
  import('./explain/Explanations').then((m) => ({ default: m.Explanations })),
);

const NO_NOTICES: readonly Notice[] = [];

export interface ExplorerProps {
  /** URL parameters that were ignored or adjusted, shown once in a dismissible notice. */
  notices?: readonly Notice[];
  /** Heading level of the title: 1 on a page of its own, deeper inside an article. */
  headingLevel?: 1 | 2 | 3;
  /** Show the formulas, properties and code below the plot (default true). */
  explanations?: boolean;
}

/**
 * One complete explorer: header, notices, plot, controls and explanations, all reading the store
 * of the nearest ExplorerProvider. Its root carries the theme and language, so several
 * instances on one page stay independent.
 */
export function Explorer({
  notices = NO_NOTICES,
  headingLevel = 1,
  explanations = true,
}: ExplorerProps) {
  const t = useT();
  const lang = useExplorer(selectLang);
  const theme = useResolvedTheme(useExplorer(selectTheme));
  const sub = (headingLevel + 1) as 2 | 3 | 4;
  const loading = <p className="ae-hint ae-loading">{t('loading')}</p>;
  // Which controls show (everything on the full page; an embed's `controls` list otherwise).
  const { controls, embed } = useExplorerConfig();
  return (
    <div className={embed ? 'ae-root ae-embedded' : 'ae-root'} data-theme={theme} lang={lang}>
      {!embed && <Header level={headingLevel} />}
      <Notices notices={notices} />
      <div className="ae-main">
        <div className="ae-plot-col">
          <PlotPanel />
        </div>
        {(showsAnyControl(controls) || !embed) && (
          <section className="ae-controls" aria-label={t('controlsHeading')}>
            {controls.picker && <FunctionPicker />}
            <ParamControls />
            {controls.range && <RangeControls />}
            {controls.compare && <CompareControls />}
            {controls.derivative && <DisplayOptions />}
            {controls.export && <ExportMenu />}
            {!embed && <EmbedButton />}
          </section>
        )}
      </div>
      {explanations && !embed && (
        <WhenNear className="ae-explain" placeholder={loading}>
          <Suspense fallback={loading}>
            <Explanations headingLevel={sub} />
          </Suspense>
        </WhenNear>
      )}
      <OpenFullLink />
    </div>
  );
}
