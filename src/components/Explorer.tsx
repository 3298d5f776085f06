import { lazy, Suspense } from 'react';
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

// Formulas, properties and code are below the plot: load them after the first paint.
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
  return (
    <div className="ae-root" data-theme={theme} lang={lang}>
      <Header level={headingLevel} />
      <Notices notices={notices} />
      <div className="ae-main">
        <div className="ae-plot-col">
          <PlotPanel />
        </div>
        <section className="ae-controls" aria-label={t('controlsHeading')}>
          <FunctionPicker />
          <ParamControls />
          <RangeControls />
          <CompareControls />
          <DisplayOptions />
        </section>
      </div>
      {explanations && (
        <Suspense fallback={<p className="ae-hint ae-loading">{t('loading')}</p>}>
          <Explanations headingLevel={sub} />
        </Suspense>
      )}
    </div>
  );
}
