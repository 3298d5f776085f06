import { useState, type ReactNode } from 'react';
import { FALLBACK_WIDTH } from '../plot/layout';
import { useExplorer, useExplorerApi } from '../state/context';
import { selectActivation, selectTheme } from '../state/selectors';
import { drawnPlotWidth } from '../components/plot/plotWidth';
import { useResolvedTheme } from '../components/useResolvedTheme';
import { useT } from '../components/useT';
import { exportFileName } from './fileName';
import type { Format } from './runExport';

const FORMATS: readonly Format[] = ['svg', 'png', 'csv'];

export interface ExportMenuProps {
  /**
   * Loads the export code: a page passes a dynamic import, fetched on the first press (none of
   * it is needed to show the plot); a one-file host such as the element its own static copy.
   */
  load: () => Promise<typeof import('./runExport')>;
  /** More export controls after the buttons (the page's export kit, kit/KitButton.tsx). */
  children?: ReactNode;
}

/**
 * Download buttons for the plot (SVG, PNG at 2×) and its sampled data (CSV). The buttons'
 * names say which file they save. The files are drawn from the state of the menu's own
 * explorer instance, at the width its plot is drawn at, in its language and theme, so several
 * explorers on a page each export their own figure. Styles: export.css.
 */
export function ExportMenu({ load, children }: ExportMenuProps) {
  const t = useT();
  const api = useExplorerApi();
  const [error, setError] = useState<string | null>(null);

  const fn = useExplorer((s) => s.fn);
  const params = useExplorer((s) => s.params);
  const cmp = useExplorer((s) => s.cmp);
  // Resolved while rendering: 'system' follows the colour-scheme media query, as the page does.
  const theme = useResolvedTheme(useExplorer(selectTheme)) ?? 'light';
  const fileName = (format: Format): string => {
    const order = selectActivation(api.getState())?.params.map((p) => p.key);
    return exportFileName({ fn, params, cmp }, format, order);
  };

  const run = async (format: Format) => {
    setError(null);
    const state = api.getState();
    const name = fileName(format);
    try {
      const { runExport } = await load();
      const width = drawnPlotWidth(api) ?? FALLBACK_WIDTH;
      await runExport(format, { state, width, theme }, name);
    } catch (e) {
      setError(t('embedExportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const labels = {
    svg: 'embedExportSvgLabel',
    png: 'embedExportPngLabel',
    csv: 'embedExportCsvLabel',
  } as const;
  const texts = { svg: 'embedExportSvg', png: 'embedExportPng', csv: 'embedExportCsv' } as const;

  return (
    <div className="ae-export" role="group" aria-label={t('embedExportHeading')}>
      <span className="ae-export-heading" aria-hidden="true">
        {t('embedExportHeading')}
      </span>
      {FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          className="ae-button ae-export-button"
          aria-label={t(labels[f], { file: fileName(f) })}
          onClick={() => void run(f)}
        >
          {t(texts[f])}
        </button>
      ))}
      {children}
      {error && (
        <p className="ae-export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
