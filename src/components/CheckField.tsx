import { useId } from 'react';

export interface CheckFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** A labelled native checkbox, 44 px tall for touch (the explorer's options and the demos'). */
export function CheckField({ label, checked, onChange }: CheckFieldProps) {
  const id = useId();
  return (
    <div className="ae-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
