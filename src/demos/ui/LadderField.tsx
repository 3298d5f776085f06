import { RangeField } from './RangeField';

export interface LadderFieldProps {
  label: string;
  /** The values the slider steps through, ascending (e.g. 1-2-5 per decade). */
  values: readonly number[];
  value: number;
  onChange(value: number): void;
  format(value: number): string;
}

/** A slider over a fixed list of values: a log slider whose every stop is a readable number. */
export function LadderField({ label, values, value, onChange, format }: LadderFieldProps) {
  const index = Math.max(0, values.indexOf(value));
  return (
    <RangeField
      label={label}
      min={0}
      max={values.length - 1}
      step={1}
      value={index}
      format={(i) => format(values[i] ?? value)}
      onChange={(i) => onChange(values[i] ?? value)}
    />
  );
}
