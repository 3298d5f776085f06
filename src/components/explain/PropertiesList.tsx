import { useMemo, type ReactNode } from 'react';
import type { Activation, Params, Range } from '../../math';
import { computeProperties, type Extremum, type Properties } from '../../math/properties';
import { explain, type ExplainKey, type ExplainT } from '../../i18n/sections/explain';
import { useT } from '../useT';
import { formatInterval, formatProse } from '../../format/number';
import { torchCall } from '../../explain/torch';

export interface PropertiesListProps {
  a: Activation;
  /**
   * Values of `a`'s parameters. Settled ones (Explanations passes them once a dragged slider
   * pauses): the analysis takes a few milliseconds.
   */
  params: Params;
}

type T = ExplainT;

/** Far enough out to tell which tail an unattained bound belongs to. */
const FAR = 1e6;

/** `[lo, hi]` with each finite end closed only if `holds` is true there. */
function intervals(ranges: readonly Range[], holds: (x: number) => boolean): string {
  return ranges.map(([lo, hi]) => formatInterval(lo, hi, holds(lo), holds(hi))).join(', ');
}

function describeExtremum(t: T, a: Activation, p: Params, e: Extremum, side: 'min' | 'max') {
  const min = side === 'min';
  if (!Number.isFinite(e.value)) return t(min ? 'propUnboundedBelow' : 'propUnboundedAbove');
  const vars = { value: formatProse(e.value), at: e.at === null ? '' : formatProse(e.at) };
  if (e.attained && e.at !== null) return t(min ? 'propMinAt' : 'propMaxAt', vars);
  if (e.at !== null) return t(min ? 'propMinJump' : 'propMaxJump', vars);
  const leftGap = Math.abs(a.f(-FAR, p) - e.value);
  const rightGap = Math.abs(a.f(FAR, p) - e.value);
  const dir = leftGap <= rightGap ? '−∞' : '∞';
  return t(min ? 'propMinLimit' : 'propMaxLimit', { ...vars, dir });
}

const MONOTONIC: Record<Properties['monotonic'], ExplainKey> = {
  increasing: 'monoIncreasing',
  nondecreasing: 'monoNondecreasing',
  decreasing: 'monoDecreasing',
  nonincreasing: 'monoNonincreasing',
  none: 'monoNone',
};

const SMOOTHNESS: Record<Properties['smoothness'], ExplainKey> = {
  discontinuous: 'smoothDiscontinuous',
  C0: 'smoothC0',
  C1: 'smoothC1',
  Cinf: 'smoothCinf',
};

function saturation(p: Properties): ExplainKey {
  if (p.saturatesLeft && p.saturatesRight) return 'saturatesBoth';
  if (p.saturatesLeft) return 'saturatesLeft';
  if (p.saturatesRight) return 'saturatesRight';
  return 'saturatesNone';
}

/** Which kinks a smoothness class is about: the jumps, the corners, or every kink. */
function smoothnessAt(p: Properties): string {
  const kind = { discontinuous: 'jump', C0: 'corner', C1: 'c1', Cinf: null }[p.smoothness];
  return p.kinks
    .filter((k) => k.kind === kind)
    .map((k) => formatProse(k.x))
    .join(', ');
}

/**
 * The properties of the main function for the current parameters, from `computeProperties`:
 * what a learner checks first (range, monotonic, smoothness, sparsity, saturation, the PyTorch
 * spelling) and, at each kink, the one-sided derivatives beside the value autograd returns.
 */
export function PropertiesList({ a, params: p }: PropertiesListProps) {
  const t = useT(explain);
  const props = useMemo(() => computeProperties(a, p), [a, p]);
  const f0 = a.f(0, p);
  const torch = torchCall(a, p);
  const rows: [ExplainKey, ReactNode][] = [
    [
      'propRange',
      <>
        <span className="ae-mono">
          {formatInterval(props.min.value, props.max.value, props.min.attained, props.max.attained)}
        </span>
        {': '}
        {describeExtremum(t, a, p, props.min, 'min')}
        {'; '}
        {describeExtremum(t, a, p, props.max, 'max')}
      </>,
    ],
    ['propMonotonic', t(MONOTONIC[props.monotonic])],
    ['propSmoothness', t(SMOOTHNESS[props.smoothness], { at: smoothnessAt(props) })],
    ['propZeroCentred', t(props.zeroCentred ? 'zeroCentredYes' : 'zeroCentredNo')],
    [
      'propOrigin',
      props.unitSlopeAtOrigin && props.zeroAtOrigin
        ? t('originIdentity')
        : props.zeroAtOrigin
          ? t('originZero')
          : t('originNonZero', { value: formatProse(f0) }),
    ],
    [
      'propSparsity',
      props.exactZeros.length > 0
        ? t('sparseYes', {
            ranges: intervals(props.exactZeros, (x) => a.f(x, p) === 0),
          })
        : t('sparseNo'),
    ],
    [
      'propDeadZone',
      props.zeroGradient.length > 0
        ? t('deadYes', {
            ranges: intervals(props.zeroGradient, (x) => a.df(x, p) === 0),
          })
        : t('deadNo'),
    ],
    ['propSaturating', t(saturation(props))],
  ];
  if (torch !== undefined) rows.push(['propTorch', <code className="ae-mono">{torch}</code>]);

  return (
    <dl className="ae-props">
      {rows.map(([key, value]) => (
        <div key={key} className="ae-prop">
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="ae-prop">
        <dt>{t('propKinks')}</dt>
        <dd>
          {props.kinks.length === 0 ? (
            t('kinksNone')
          ) : (
            <ul className="ae-kinks">
              {props.kinks.map((k) => {
                const vars = {
                  x: formatProse(k.x),
                  left: formatProse(k.dfLeft),
                  right: formatProse(k.dfRight),
                  torch: formatProse(k.df),
                  fLeft: formatProse(k.fLeft),
                  fRight: formatProse(k.fRight),
                  f: formatProse(k.f),
                };
                const key: ExplainKey =
                  k.kind === 'jump' ? 'kinkJump' : k.kind === 'c1' ? 'kinkSmooth' : 'kinkCorner';
                return <li key={k.x}>{t(key, vars)}</li>;
              })}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
