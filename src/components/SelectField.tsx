import { useId } from 'react';

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  /** Each option's value and text, and the language of that text when it differs the page's. */
  options: readonly { value: T; label: string; lang?: string }[];
  onChange(value: T): void;
  /** The wrapper's class (its layout where it stands). */
  className: string;
}

/** A labelled native `<select>`: the page's language and theme switches, the demos' choices. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  className,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className={className}>
      <label className="ae-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="ae-select"
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
