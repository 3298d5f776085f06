import { useId } from 'react';

export interface RangeFieldProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange(value: number): void;
  /** The value as shown beside the slider and announced (`aria-valuetext`). */
  format?(value: number): string;
  /** A hint under the slider, tied to it by aria-describedby. */
  hint?: string;
}

/**
 * A thin controlled slider over a native `<input type="range">`: keyboard, touch and assistive
 * tech for free, no side effects of its own. The value is shown beside it.
 */
export function RangeField({
  label,
  min,
  max,
  step,
  value,
  onChange,
  format,
  hint,
}: RangeFieldProps) {
  const id = useId();
  const text = format ? format(value) : String(value);
  return (
    <div className="ae-demo-field">
      <div className="ae-demo-field-head">
        <label className="ae-label" htmlFor={id}>
          {label}
        </label>
        <span className="ae-demo-value" aria-hidden="true">
          {text}
        </span>
      </div>
      <input
        id={id}
        className="ae-slider"
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {hint && (
        <span id={`${id}-hint`} className="ae-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
