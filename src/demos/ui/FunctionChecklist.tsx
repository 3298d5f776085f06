import { getActivation } from '../../math';
import { useId } from 'react';

/** The functions offered by default; ids from the URL outside this list are added to it. */
const OFFERED = [
  'relu',
  'leaky_relu',
  'prelu',
  'elu',
  'selu',
  'gelu',
  'silu',
  'mish',
  'softplus',
  'sigmoid',
  'tanh',
] as const;

export interface FunctionChecklistProps {
  legend: string;
  selected: readonly string[];
  /** At least this many stay checked (their boxes are disabled at the limit). */
  min: number;
  max: number;
  /** Not offered at all (e.g. ReLU in the cost demo, where it is the fixed reference). */
  exclude?: string;
  onChange(selected: string[]): void;
}

/**
 * A fieldset of native checkboxes, one per function, in the registry's names. Order of the
 * selection is kept (it decides the colours), new picks go last.
 */
export function FunctionChecklist({
  legend,
  selected,
  min,
  max,
  exclude,
  onChange,
}: FunctionChecklistProps) {
  const id = useId();
  const options = [
    ...OFFERED,
    ...selected.filter((s) => !(OFFERED as readonly string[]).includes(s)),
  ].filter((s) => s !== exclude);
  const full = selected.length >= max;
  const last = selected.length <= min;
  return (
    <fieldset className="ae-group ae-demo-fns">
      <legend className="ae-legend">{legend}</legend>
      <div className="ae-demo-fn-grid">
        {options.map((fn) => {
          const checked = selected.includes(fn);
          const disabled = checked ? last : full;
          return (
            <div key={fn} className="ae-check">
              <input
                id={`${id}-${fn}`}
                type="checkbox"
                checked={checked}
                disabled={disabled}
                onChange={(e) =>
                  onChange(e.target.checked ? [...selected, fn] : selected.filter((s) => s !== fn))
                }
              />
              <label htmlFor={`${id}-${fn}`}>{getActivation(fn)?.name ?? fn}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
