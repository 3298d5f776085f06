import { demos } from '../../i18n/sections/demos';
import { useMemo } from 'react';
import { SelectField } from '../../components/SelectField';
import type { Lang } from '../../i18n/types';
import { useExplorer } from '../../state/context';
import type { DistributionOptions } from '../../train/distribution';
import { useDemos } from '../context';
import { DistributionResults } from '../distribution/DistributionResults';
import { useT } from '../../components/useT';
import { SCHEMA } from '../schema';
import { NormalFields } from '../ui/NormalFields';
import { grid } from '../ui/grid';
import { LadderField } from '../ui/LadderField';
import { RangeField } from '../ui/RangeField';
import { ComputedDemo } from './ComputedDemo';
import type { PanelProps } from './types';

const F = SCHEMA.distribution;

/** A sample count as each language writes it: 100,000 in English, 10 万 in Chinese. */
export function formatCount(lang: Lang, n: number): string {
  return lang === 'zh-CN' && n >= 10_000 ? `${n / 10_000} 万` : n.toLocaleString('en-GB');
}

/** Issue 12, item 5: a Gaussian (or a layer's input) through each function, and through depth. */
export function DistributionPanel(props: PanelProps) {
  const t = useT(demos);
  const lang = useExplorer((st) => st.lang);
  const s = useDemos((st) => st.distribution);
  const update = useDemos((st) => st.update);
  const options = useMemo<DistributionOptions>(
    () => ({
      activations: s.fn.map((id) => ({ id })),
      source: s.source,
      mu: s.mu,
      sigma: s.sigma,
      init: s.init,
      fanIn: s.fanIn,
      samples: s.samples,
      layers: s.layers,
      width: s.width,
      seed: s.seed,
    }),
    [s],
  );
  const set = (patch: Parameters<typeof update<'distribution'>>[1]) =>
    update('distribution', patch);

  const fields = (
    <>
      <SelectField
        className="ae-demo-field"
        label={t('distSource')}
        value={s.source}
        options={[
          { value: 'normal', label: t('distSourceNormal') },
          { value: 'layer', label: t('distSourceLayer') },
        ]}
        onChange={(source) => set({ source })}
      />
      {s.source === 'normal' ? (
        <NormalFields mu={s.mu} sigma={s.sigma} fields={F} onChange={set} t={t} />
      ) : (
        <RangeField
          label={t('distFanIn')}
          {...grid(F.fanIn)}
          value={s.fanIn}
          onChange={(fanIn) => set({ fanIn })}
        />
      )}
      <SelectField
        className="ae-demo-field"
        label={t('distInit')}
        value={s.init}
        options={[
          { value: 'xavier', label: t('distInitXavier') },
          { value: 'he', label: t('distInitHe') },
        ]}
        onChange={(init) => set({ init })}
      />
      <LadderField
        label={t('distSamples')}
        values={F.samples.values}
        value={s.samples}
        format={(n) => formatCount(lang, n)}
        onChange={(samples) => set({ samples })}
      />
      <RangeField
        label={t('distLayers')}
        {...grid(F.layers)}
        value={s.layers}
        onChange={(layers) => set({ layers })}
      />
      <RangeField
        label={t('distWidth')}
        {...grid(F.width)}
        value={s.width}
        onChange={(width) => set({ width })}
      />
    </>
  );

  return (
    <ComputedDemo
      {...props}
      demo="distribution"
      title={t('distTitle')}
      lead={t('distLead')}
      options={options}
      fields={fields}
      results={(result) => <DistributionResults result={result} t={t} />}
    />
  );
}
