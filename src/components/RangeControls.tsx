import { useExplorer, useExplorerApi } from '../state/context';
import { selectXmax, selectXmin } from '../state/selectors';
import { MIN_SPAN, X_LIMIT } from '../state/explorerStore';
import type { Range } from '../math';
import { NumberField } from './NumberField';
import { useT } from './useT';

/**
 * The range [centre − span·k/2, centre + span·k/2], kept inside ±X_LIMIT (shifted, then
 * trimmed if it is still too wide) and at least 2·MIN_SPAN wide. Pure, so zooming never produces a range the store refuses.
 */
export function zoomRange([min, max]: Range, k: number): Range {
  const centre = (min + max) / 2;
  const half = Math.min(Math.max(((max - min) * k) / 2, MIN_SPAN), X_LIMIT);
  let lo = centre - half;
  let hi = centre + half;
  if (lo < -X_LIMIT) [lo, hi] = [-X_LIMIT, Math.min(X_LIMIT, -X_LIMIT + 2 * half)];
  if (hi > X_LIMIT) [lo, hi] = [Math.max(-X_LIMIT, X_LIMIT - 2 * half), X_LIMIT];
  return [lo, hi];
}

/** x min / x max fields, zoom buttons and a reset. Refused values keep the previous range. */
export function RangeControls() {
  const t = useT();
  const api = useExplorerApi();
  const xmin = useExplorer(selectXmin);
  const xmax = useExplorer(selectXmax);
  const zoom = (k: number) => api.getState().setRange(zoomRange(api.getState().range, k));
  return (
    <fieldset className="ae-group ae-range">
      <legend className="ae-legend">{t('rangeHeading')}</legend>
      <div className="ae-range-fields">
        <NumberField
          showLabel
          label={t('xmin')}
          value={xmin}
          onCommit={(n) => api.getState().setRange([n, api.getState().range[1]])}
        />
        <NumberField
          showLabel
          label={t('xmax')}
          value={xmax}
          onCommit={(n) => api.getState().setRange([api.getState().range[0], n])}
        />
      </div>
      <p className="ae-hint">{t('fieldHint')}</p>
      <div className="ae-button-row">
        <button
          type="button"
          className="ae-button"
          aria-label={t('zoomInRange')}
          onClick={() => zoom(0.5)}
        >
          {t('zoomIn')}
        </button>
        <button
          type="button"
          className="ae-button"
          aria-label={t('zoomOutRange')}
          onClick={() => zoom(2)}
        >
          {t('zoomOut')}
        </button>
        <button
          type="button"
          className="ae-button"
          aria-label={t('resetRange')}
          onClick={() => api.getState().resetRange()}
        >
          {t('reset')}
        </button>
      </div>
    </fieldset>
  );
}
