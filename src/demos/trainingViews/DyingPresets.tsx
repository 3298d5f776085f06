import { useId } from 'react';
import { formatProse } from '../../format/number';
import { DYING_SCENARIOS, type DyingScenario } from '../../train/dying';
import type { DemoKey, DemoT } from '../../i18n/sections/demos';
import { SCHEMA, type DyingSettings } from '../schema';

export type DyingPreset = keyof typeof DYING_SCENARIOS;

/** The presets in the order of their buttons, each with its label. */
export const DYING_PRESETS: readonly { id: DyingPreset; label: DemoKey }[] = [
  { id: 'healthy', label: 'demoPresetHealthy' },
  { id: 'highLearningRate', label: 'demoPresetHighLr' },
  { id: 'sgdHighLearningRate', label: 'demoPresetSgd' },
  { id: 'negativeBias', label: 'demoPresetNegative' },
  { id: 'smallNegativeBias', label: 'demoPresetSmall' },
];

/**
 * The settings a preset sets at once: the scenario's units (else the default), learning rate,
 * bias shift and optimiser (else Adam), and all four functions side by side. Steps and seed are
 * the learner's.
 */
export function presetPatch(id: DyingPreset): Partial<DyingSettings> {
  const sc: DyingScenario = DYING_SCENARIOS[id];
  return {
    units: sc.units ?? SCHEMA.dying.units.default,
    lr: sc.learningRate,
    shift: sc.biasShift,
    optimizer: sc.optimizer ?? 'adam',
    side: true,
  };
}

export interface DyingPresetsProps {
  onApply(patch: Partial<DyingSettings>): void;
  t: DemoT;
}

/** One-click settings for the demo's telling cases, labelled with the numbers they set. */
export function DyingPresets({ onApply, t }: DyingPresetsProps) {
  const id = useId();
  return (
    <div
      className="ae-demo-field"
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-hint`}
    >
      <span className="ae-label" id={`${id}-label`}>
        {t('demoPresets')}
      </span>
      <div className="ae-button-row">
        {DYING_PRESETS.map((p) => {
          const patch = presetPatch(p.id);
          return (
            <button key={p.id} type="button" className="ae-button" onClick={() => onApply(patch)}>
              {t(p.label, {
                units: patch.units!,
                lr: formatProse(patch.lr!),
                shift: formatProse(patch.shift!),
              })}
            </button>
          );
        })}
      </div>
      <p className="ae-hint" id={`${id}-hint`}>
        {t('demoPresetsHint')}
      </p>
    </div>
  );
}
