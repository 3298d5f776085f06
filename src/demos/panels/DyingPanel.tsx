import { useMemo } from 'react';
import { SGD_CLIP_NORM, type TrainerOptions } from '../../train/dying';
import { useDemos } from '../context';
import { useT } from '../../components/useT';
import { demos } from '../../i18n/sections/demos';
import { DYING_FNS, DYING_OPTIMIZERS, type DyingSettings } from '../schema';
import { fnName } from '../text';
import { DyingPresets } from '../trainingViews/DyingPresets';
import { DyingResults } from '../trainingViews/DyingResults';
import { CheckField } from '../../components/CheckField';
import { SelectField } from '../../components/SelectField';
import { TrainerDemo } from './TrainerDemo';
import type { PanelProps } from './types';

/** The trainer options of each run: one function, or all four from the same seed. */
function useRuns(s: DyingSettings): TrainerOptions[] {
  const { units, lr, optimizer, shift, seed, fn, side } = s;
  return useMemo(
    () =>
      (side ? DYING_FNS : [fn]).map((id) => ({
        units,
        activation: { id },
        learningRate: lr,
        optimizer,
        ...(optimizer === 'sgd' && { clipNorm: SGD_CLIP_NORM }),
        biasShift: shift,
        seed,
      })),
    [units, lr, optimizer, shift, seed, fn, side],
  );
}

/** Claim 4: units die under ReLU (and not under its fixes) while a small network trains. */
export function DyingPanel(props: PanelProps) {
  const t = useT(demos);
  const s = useDemos((st) => st.dying);
  const update = useDemos((st) => st.update);
  const runs = useRuns(s);

  const before = (
    <>
      <DyingPresets onApply={(patch) => update('dying', patch)} t={t} />
      <div className="ae-demo-field">
        <SelectField
          className="ae-demo-field"
          label={t('demoOptimizer')}
          value={s.optimizer}
          options={DYING_OPTIMIZERS.map((o) => ({
            value: o,
            label: t(o === 'adam' ? 'demoOptimizerAdam' : 'demoOptimizerSgd'),
          }))}
          onChange={(optimizer) => update('dying', { optimizer })}
        />
        <p className="ae-hint" data-testid="optimizer-hint">
          {t(s.optimizer === 'adam' ? 'demoOptimizerAdamHint' : 'demoOptimizerSgdHint', {
            clip: SGD_CLIP_NORM,
          })}
        </p>
      </div>
    </>
  );
  const after = (
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
      lrLabel={t('demoLr')}
      runs={runs}
      fieldsBefore={before}
      fieldsAfter={after}
      results={(session, version) => (
        <DyingResults
          session={session}
          version={version}
          units={s.units}
          optimizer={s.optimizer}
          t={t}
        />
      )}
    />
  );
}
