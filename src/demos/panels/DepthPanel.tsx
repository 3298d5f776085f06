import { useMemo } from 'react';
import { formatProse } from '../../format/number';
import type { DepthOptions, DepthResult } from '../../train/depth';
import { positiveExtent } from '../chart/axes';
import { Chart } from '../chart/Chart';
import { Line } from '../chart/Line';
import { toCurve } from '../chart/series';
import { useDemos } from '../context';
import { useT } from '../../components/useT';
import { demos, type DemoT } from '../../i18n/sections/demos';
import { SCHEMA } from '../schema';
import { grid } from '../ui/grid';
import { depthSummary, fnName } from '../text';
import { Legend } from '../ui/Legend';
import { RangeField } from '../ui/RangeField';
import { SelectField } from '../../components/SelectField';
import { Summary } from '../ui/Summary';
import { ComputedDemo } from './ComputedDemo';
import type { PanelProps } from './types';

const F = SCHEMA.depth;

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
      results={(result) => <DepthCharts result={result} t={t} />}
    />
  );
}

function DepthCharts({ result, t }: { result: DepthResult; t: DemoT }) {
  const layers = useMemo(
    () => Float64Array.from({ length: result.depth }, (_, i) => i + 1),
    [result.depth],
  );
  const grads = useMemo(
    () => result.series.map((s) => toCurve(layers, s.gradNorm, true)),
    [result, layers],
  );
  const zeros = useMemo(
    () => result.series.map((s) => toCurve(layers, s.zeroShare)),
    [result, layers],
  );
  const extent = positiveExtent(result.series.map((s) => s.gradNorm)) ?? [1e-3, 1];
  const anyZero = result.series.some((s) => s.gradNorm.some((g) => !(g > 0)));
  const xDomain: [number, number] = [1, Math.max(2, result.depth)];
  const items = result.series.map((s, i) => ({ label: fnName(s.activation.id), colour: i + 1 }));
  return (
    <>
      <Legend items={items} label={t('demoLegend')} />
      <figure className="ae-demo-figure">
        <figcaption className="ae-demo-caption">{t('demoDepthGradTitle')}</figcaption>
        <Chart xDomain={xDomain} yDomain={extent} yLog xTitle={t('demoLayerAxis')}>
          {({ x, y }) =>
            grads.map((c, i) => (
              <Line key={i} curve={c} x={x} y={y} colour={i + 1} testId="depth-grad-line" />
            ))
          }
        </Chart>
        {anyZero && <p className="ae-hint">{t('demoNotOnLog')}</p>}
      </figure>
      <figure className="ae-demo-figure">
        <figcaption className="ae-demo-caption">{t('demoDepthZeroTitle')}</figcaption>
        <Chart xDomain={xDomain} yDomain={[0, 1]} height={160} xTitle={t('demoLayerAxis')}>
          {({ x, y }) => zeros.map((c, i) => <Line key={i} curve={c} x={x} y={y} colour={i + 1} />)}
        </Chart>
      </figure>
      <Summary lines={depthSummary(t, result)} label={t('demoSummary')} testId="summary-depth" />
    </>
  );
}
