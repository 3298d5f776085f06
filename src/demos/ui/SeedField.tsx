import { useId, useState } from 'react';
import type { DemoT } from '../../i18n/sections/demos';

export interface SeedFieldProps {
  value: number;
  max: number;
  onChange(value: number): void;
  t: DemoT;
}

/**
 * The random seed: a native number field. A whole number in range applies as it is typed;
 * anything else stays visible with the reason and leaves the seed unchanged.
 */
export function SeedField({ value, max, onChange, t }: SeedFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // A new value from elsewhere (reset, URL) replaces whatever was being typed.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(null);
  }
  const text = draft ?? String(value);
  const n = Number(text);
  const invalid =
    draft !== null && !(text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= max);
  return (
    <div className="ae-demo-field">
      <label className="ae-label" htmlFor={id}>
        {t('demoSeed')}
      </label>
      <input
        id={id}
        className="ae-input ae-demo-seed"
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const raw = e.target.value;
          const v = Number(raw);
          if (raw.trim() !== '' && Number.isInteger(v) && v >= 0 && v <= max) {
            setDraft(null);
            onChange(v);
          } else setDraft(raw);
        }}
        onBlur={() => setDraft(null)}
      />
      <span id={`${id}-hint`} className={invalid ? 'ae-field-error' : 'ae-hint'}>
        {t(invalid ? 'demoSeedInvalid' : 'demoSeedHint')}
      </span>
    </div>
  );
}
