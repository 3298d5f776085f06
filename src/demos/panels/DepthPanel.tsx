import { demos } from '../../i18n/sections/demos';
import { useMemo } from 'react';
import { formatProse } from '../../format/number';
import type { DepthOptions } from '../../train/depth';
import { useDemos } from '../context';
import { useT } from '../../components/useT';
import { SCHEMA } from '../schema';
import { grid } from '../ui/grid';
import { RangeField } from '../ui/RangeField';
import { SelectField } from '../../components/SelectField';
import { ComputedDemo } from './ComputedDemo';
import { DepthResults } from './DepthResults';
import type { PanelProps } from './types';

const F = SCHEMA.depth;
/** Networks per setting (seeds s … s + 7): enough for a median and a range, still quick. */
const DEPTH_SEEDS = 8;

/** Claim 2: gradient norm per layer of a random MLP, for up to four functions. */
export function DepthPanel(props: PanelProps) {
  const t = useT(demos);
  const s = useDemos((st) => st.depth);
  const update = useDemos((st) => st.update);
  const options = useMemo<DepthOptions>(
    () => ({
      width: s.width,
      depth: s.layers,
      batch: 256,
      init: s.init,
      gain: s.gain,
      activations: s.fn.map((id) => ({ id })),
      seed: s.seed,
      seeds: DEPTH_SEEDS,
    }),
    [s],
  );
  const set = (patch: Parameters<typeof update<'depth'>>[1]) => update('depth', patch);

  const fields = (
    <>
      <RangeField
        label={t('demoWidth')}
        {...grid(F.width)}
        value={s.width}
        onChange={(width) => set({ width })}
      />
      <RangeField
        label={t('demoLayers')}
        {...grid(F.layers)}
        value={s.layers}
        onChange={(layers) => set({ layers })}
      />
      <SelectField
        className="ae-demo-field"
        label={t('demoInit')}
        value={s.init}
        options={[
          { value: 'he', label: t('demoInitHe') },
          { value: 'xavier', label: t('demoInitXavier') },
        ]}
        onChange={(init) => set({ init })}
      />
      <RangeField
        label={t('demoGain')}
        {...grid(F.gain)}
        value={s.gain}
        format={formatProse}
        onChange={(gain) => set({ gain })}
      />
    </>
  );

  return (
    <ComputedDemo
      {...props}
      demo="depth"
      title={t('demoDepthTitle')}
      lead={t('demoDepthLead')}
      options={options}
      fields={fields}
      results={(result) => <DepthResults result={result} t={t} />}
    />
  );
}
