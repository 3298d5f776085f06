import { useState, type ReactNode } from 'react';
import { useExplorer } from '../state/context';
import { selectLang, selectTheme } from '../state/selectors';
import { createCrosshairChannel, CrosshairContext } from './plot/crosshairChannel';
import { PlotPanel } from './plot/PlotPanel';
import { useResolvedTheme } from './useResolvedTheme';
import { useT } from './useT';

export interface ExplorerFrameProps {
  /** Above the figure: a host's title bar and notices. */
  before?: ReactNode;
  /** The controls column's controls (Controls.tsx); none when null. */
  controls?: ReactNode;
  /** At the end of the controls: a host's export menu or embed dialog. */
  tools?: ReactNode;
  /** Below the figure: a host's explanations or its link to the full page. */
  after?: ReactNode;
  /**
   * The compact layout of an embed: controls under the plot at any width, and the readout
   * floating over the plot when the controls leave it out (default false).
   */
  compact?: boolean;
}

/**
 * The figure's frame: the plot and a column for the controls, which the caller passes in.
 * Explorer.tsx passes the controls themselves; the page passes them in a part that hydrates
 * once it is interactive (src/page/deferredParts.tsx), so their code is not in its first load.
 * Its root carries the theme and language, so several instances on one page stay independent.
 */
export function ExplorerFrame({
  before,
  controls,
  tools,
  after,
  compact = false,
}: ExplorerFrameProps) {
  const t = useT();
  const lang = useExplorer(selectLang);
  const chosen = useExplorer(selectTheme);
  const theme = useResolvedTheme(chosen);
  const [channel] = useState(createCrosshairChannel);
  return (
    <CrosshairContext value={channel}>
      <div
        className={compact ? 'ae-root ae-embedded' : 'ae-root'}
        data-theme={theme}
        data-inherit={chosen === 'inherit' ? '' : undefined}
        lang={lang}
      >
        {before}
        <div className="ae-main">
          <div className="ae-plot-col">
            <PlotPanel />
          </div>
          {(controls || tools) && (
            <section className="ae-controls" aria-label={t('controlsHeading')}>
              {controls}
              {tools}
            </section>
          )}
        </div>
        {after}
      </div>
    </CrosshairContext>
  );
}
