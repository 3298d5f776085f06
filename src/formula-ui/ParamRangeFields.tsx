import { useId, useState } from 'react';
import { useT } from '../components/useT';
import { formatExact, parseNumber } from '../format/number';
import { formula } from '../i18n/sections/formula';
import { useExplorer, useExplorerApi } from '../state/context';
import { loadedFormula } from '../state/formula';
import { selectParamRanges } from '../state/selectors';

export interface ParamRangeFieldsProps {
  /** The formula's parameter names, in order of first use. */
  names: readonly string[];
}

/** The slider range of each custom parameter: min and max fields, −3…3 until edited. */
export function ParamRangeFields({ names }: ParamRangeFieldsProps) {
  const t = useT(formula);
  return (
    <div className="ae-formula-ranges">
      <p className="ae-hint">{t('customParamsHint')}</p>
      {names.map((name) => (
        <RangeEnds key={name} name={name} />
      ))}
    </div>
  );
}

/**
 * One parameter's range ends. Each end commits on Enter or leaving the field; a range the
 * store refuses (min ≥ max, not finite, beyond ±10⁶) keeps the text and says why.
 */
function RangeEnds({ name }: { name: string }) {
  // The editor shows only a custom formula, which the state takes once the engine is loaded.
  const { rangeOf, paramRangeError } = loadedFormula()!;
  const t = useT(formula);
  const id = useId();
  const api = useExplorerApi();
  const range = rangeOf(useExplorer(selectParamRanges), name);
  const [draft, setDraft] = useState<[string, string] | null>(null);
  const [bad, setBad] = useState(false);
  const [seen, setSeen] = useState(range);
  if (seen !== range) {
    setSeen(range);
    setDraft(null);
    setBad(false);
  }
  const texts = draft ?? [formatExact(range[0]), formatExact(range[1])];

  const commit = () => {
    if (!draft) return;
    const [min, max] = draft.map(parseNumber);
    const next: [number, number] = [min ?? Number.NaN, max ?? Number.NaN];
    if (min === null || max === null || paramRangeError(next)) return setBad(true);
    api.getState().apply({ paramRanges: { [name]: next } });
    setDraft(null);
    setBad(false);
  };
  const field = (end: 0 | 1) => (
    <input
      className="ae-input"
      type="text"
      autoComplete="off"
      spellCheck={false}
      aria-label={t(end === 0 ? 'paramRangeMin' : 'paramRangeMax', { key: name })}
      aria-invalid={bad || undefined}
      aria-describedby={`${id}-error`}
      value={texts[end]}
      onChange={(e) => {
        const next: [string, string] = [...texts];
        next[end] = e.target.value;
        setDraft(next);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setDraft(null);
          setBad(false);
        }
      }}
    />
  );
  return (
    <div className="ae-formula-range" role="group" aria-label={name}>
      <span className="ae-formula-range-name">{name}</span>
      {field(0)}
      <span aria-hidden="true">…</span>
      {field(1)}
      <span id={`${id}-error`} className="ae-field-error" aria-live="polite">
        {bad ? t('paramRangeInvalid', { key: name }) : null}
      </span>
    </div>
  );
}
