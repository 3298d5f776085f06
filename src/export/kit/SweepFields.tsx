import { useId } from 'react';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../components/useT';
import { formatExact } from '../../format/number';
import { exportKit } from '../../i18n/sections/exportKit';
import { getActivation } from '../../math';
import { useExplorerState } from '../../state/useExplorerState';
import type { ExplorerState } from '../../state/explorerStore';
import { defaultSweep, paramSweep, rangeSweep } from './query';
import { RANGE_SWEEP, type Sweep } from './sweep';

/** The sweep as the form holds it: text, validated when the form is sent (query.ts). */
export interface SweepForm {
  target: string;
  from: string;
  to: string;
  frames: string;
}

type View = Pick<ExplorerState, 'fn' | 'params' | 'range'>;

/** The form for `sweep`, or for the view's default sweep. */
export function sweepForm(view: View, sweep: Sweep = defaultSweep(view)): SweepForm {
  return {
    target: sweep.target,
    from: formatExact(sweep.from),
    to: formatExact(sweep.to),
    frames: String(sweep.frames),
  };
}

function TextField(props: { label: string; value: string; onChange(v: string): void }) {
  const id = useId();
  return (
    <div className="ae-kit-field">
      <label className="ae-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="ae-input"
        type="text"
        inputMode="decimal"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** What an animation sweeps (a parameter or the x range), between which values, in how many frames. */
export function SweepFields({
  value,
  onChange,
}: {
  value: SweepForm;
  onChange(v: SweepForm): void;
}) {
  const t = useT(exportKit);
  const state = useExplorerState();
  const a = getActivation(state.fn);
  const targets = [
    ...(a?.params ?? []).map((p) => ({
      value: p.key,
      label: t('kitSweepParam', { symbol: p.symbol, key: p.key }),
    })),
    { value: RANGE_SWEEP, label: t('kitSweepRange') },
  ];
  const isRange = value.target === RANGE_SWEEP;
  return (
    <>
      <SelectField
        className="ae-kit-field"
        label={t('kitSweepLabel')}
        value={value.target}
        options={targets}
        onChange={(target) =>
          onChange({
            ...sweepForm(
              state,
              target === RANGE_SWEEP ? rangeSweep(state) : paramSweep(state, target),
            ),
            frames: value.frames,
          })
        }
      />
      <TextField
        label={t(isRange ? 'kitFromRangeLabel' : 'kitFromLabel')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <TextField
        label={t(isRange ? 'kitToRangeLabel' : 'kitToLabel')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
      />
      <TextField
        label={t('kitFramesLabel')}
        value={value.frames}
        onChange={(frames) => onChange({ ...value, frames })}
      />
    </>
  );
}
