import { useMemo } from 'react';
import type { TrainerOptions } from '../../train/dying';
import { useDemos } from '../context';
import { useT } from '../../components/useT';
import { demos } from '../../i18n/sections/demos';
import { DYING_FNS, type DyingSettings } from '../schema';
import { fnName } from '../text';
import { DyingResults } from '../train/DyingResults';
import { CheckField } from '../../components/CheckField';
import { SelectField } from '../../components/SelectField';
import { TrainerDemo } from './TrainerDemo';
import type { PanelProps } from './types';

/** The trainer options of each run: one function, or all four from the same seed. */
function useRuns(s: DyingSettings): TrainerOptions[] {
  const { units, lr, shift, seed, fn, side } = s;
  return useMemo(
    () =>
      (side ? DYING_FNS : [fn]).map((id) => ({
        units,
        activation: { id },
        learningRate: lr,
        biasShift: shift,
        seed,
      })),
    [units, lr, shift, seed, fn, side],
  );
}

/** Claim 4: units die under ReLU (and not under its fixes) while a small network trains. */
export function DyingPanel(props: PanelProps) {
  const t = useT(demos);
  const s = useDemos((st) => st.dying);
  const update = useDemos((st) => st.update);
  const runs = useRuns(s);

  const fields = (
    <>
      <SelectField
        className="ae-demo-field"
        label={t('demoActivation')}
        value={s.fn}
        options={DYING_FNS.map((id) => ({ value: id, label: fnName(id) }))}
        onChange={(fn) => update('dying', { fn })}
      />
      <CheckField
        label={t('demoSideBySide')}
        checked={s.side}
        onChange={(side) => update('dying', { side })}
      />
    </>
  );

  return (
    <TrainerDemo
      {...props}
      demo="dying"
      title={t('demoDyingTitle')}
      lead={t('demoDyingLead')}
      runs={runs}
      fieldsAfter={fields}
      results={(session, version) => (
        <DyingResults session={session} version={version} units={s.units} t={t} />
      )}
    />
  );
}
