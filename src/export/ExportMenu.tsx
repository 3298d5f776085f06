import { useRef, useState } from 'react';
import { getActivation } from '../math';
import { useExplorer, useExplorerApi } from '../state/context';
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
}

/**
 * Download buttons for the plot (SVG, PNG at 2×) and its sampled data (CSV). The buttons'
 * names say which file they save; the plot panels are found in the menu's own explorer
 * instance, so several explorers on a page each export their own figure. Styles: export.css.
 */
export function ExportMenu({ load }: ExportMenuProps) {
  const t = useT();
  const api = useExplorerApi();
  const groupRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  const fn = useExplorer((s) => s.fn);
  const params = useExplorer((s) => s.params);
  const cmp = useExplorer((s) => s.cmp);
  const fileName = (format: Format): string => {
    const order = getActivation(fn)?.params.map((p) => p.key);
    return exportFileName({ fn, params, cmp }, format, order);
  };

  const run = async (format: Format) => {
    setError(null);
    const state = api.getState();
    const name = fileName(format);
    try {
      const { runExport } = await load();
      await runExport(format, state, groupRef.current, name);
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
    <div ref={groupRef} className="ae-export" role="group" aria-label={t('embedExportHeading')}>
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
      {error && (
        <p className="ae-export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
