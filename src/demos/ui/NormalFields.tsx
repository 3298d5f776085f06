import { formatProse } from '../../format/number';
import type { DemoT } from '../../i18n/sections/demos';
import type { NumberField } from '../schema';
import { grid } from './grid';
import { RangeField } from './RangeField';

export interface NormalFieldsProps {
  mu: number;
  sigma: number;
  /** The demo's schema rows for μ and σ (their slider ranges). */
  fields: { mu: NumberField; sigma: NumberField };
  onChange(patch: { mu: number } | { sigma: number }): void;
  t: DemoT;
}

/** The μ and σ sliders of a normal distribution N(μ, σ²), as the sparsity and distribution demos show them. */
export function NormalFields({ mu, sigma, fields, onChange, t }: NormalFieldsProps) {
  return (
    <>
      <RangeField
        label={t('demoMu')}
        {...grid(fields.mu)}
        value={mu}
        format={formatProse}
        onChange={(v) => onChange({ mu: v })}
      />
      <RangeField
        label={t('demoSigma')}
        {...grid(fields.sigma)}
        value={sigma}
        format={formatProse}
        onChange={(v) => onChange({ sigma: v })}
      />
    </>
  );
}
