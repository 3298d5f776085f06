import { useId, useMemo } from 'react';
import type { ParamSpec } from '../math';
import { useExplorer } from '../state/context';
import { selectParam } from '../state/selectors';
import { formatProse } from '../format/number';
import { NumberField } from './NumberField';
import { useT } from './useT';

export interface ParamSliderProps {
  /** The registry's spec of the parameter: range, step, default, symbol. */
  spec: ParamSpec;
}

/**
 * One parameter: a native range input (keyboard and assistive tech for free), a field for an
 * exact value and a reset button. Reads and writes only its own value in the store.
 */
export function ParamSlider({ spec }: ParamSliderProps) {
  const t = useT();
  const id = useId();
  const select = useMemo(() => selectParam(spec.key), [spec.key]);
  const value = useExplorer(select);
  const setParam = useExplorer((s) => s.setParam);
  const resetParam = useExplorer((s) => s.resetParam);
  const names = { symbol: spec.symbol, key: spec.key };
  const hint = t('paramRangeHint', {
    min: formatProse(spec.min),
    max: formatProse(spec.max),
    default: formatProse(spec.default),
  });

  return (
    <div className="ae-param">
      <label className="ae-param-label" htmlFor={id}>
        {t('paramLabel', names)}
      </label>
      <input
        id={id}
        className="ae-slider"
        type="range"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setParam(spec.key, Number(e.target.value))}
      />
      <NumberField
        className="ae-param-field"
        label={t('paramValueLabel', names)}
        value={value}
        allowNegative={spec.min < 0}
        onCommit={(n) => setParam(spec.key, n)}
      />
      <button
        type="button"
        className="ae-button ae-reset"
        aria-label={t('resetParam', names)}
        onClick={() => resetParam(spec.key)}
      >
        {t('reset')}
      </button>
      <span id={`${id}-hint`} className="ae-hint ae-param-hint">
        {hint}
      </span>
    </div>
  );
}
