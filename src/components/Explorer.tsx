import { useState, type ReactNode } from 'react';
import { useExplorer } from '../state/context';
import { selectLang, selectTheme } from '../state/selectors';
import { CompareControls } from './CompareControls';
import { useControls } from './config';
import { showsAnyControl } from './controls';
import { DisplayOptions } from './DisplayOptions';
import { FunctionPicker } from './FunctionPicker';
import { ParamControls } from './ParamControls';
import { createCrosshairChannel, CrosshairContext } from './plot/crosshairChannel';
import { PlotPanel } from './plot/PlotPanel';
import { RangeControls } from './RangeControls';
import { useResolvedTheme } from './useResolvedTheme';
import { useT } from './useT';

export interface ExplorerProps {
  /** Above the figure: a host's title bar and notices. */
  before?: ReactNode;
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
 * The figure: plot, readout and the controls of the nearest ControlsProvider, all reading the
 * store of the nearest ExplorerProvider. It knows nothing of where it lives: each host (page,
 * iframe, element, React package) passes in the parts it shows. Its root carries the theme and
 * language, so several instances on one page stay independent.
 */
export function Explorer({ before, tools, after, compact = false }: ExplorerProps) {
  const t = useT();
  const lang = useExplorer(selectLang);
  const chosen = useExplorer(selectTheme);
  const theme = useResolvedTheme(chosen);
  const controls = useControls();
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
          {(showsAnyControl(controls) || tools) && (
            <section className="ae-controls" aria-label={t('controlsHeading')}>
              {controls.picker && <FunctionPicker />}
              <ParamControls />
              {controls.range && <RangeControls />}
              {controls.compare && <CompareControls />}
              {controls.derivative && <DisplayOptions />}
              {tools}
            </section>
          )}
        </div>
        {after}
      </div>
    </CrosshairContext>
  );
}
