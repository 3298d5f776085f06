import { useMemo } from 'react';
import type { Activation, Params } from '../../math';
import { kinkReports, type KinkReport, type KinkShape } from '../../explain/kinkAnalysis';
import type { Source } from '../../explain/kinkOps';
import { formatInterval, formatProse } from '../../format/number';
import { useT } from '../useT';
import { explain, type ExplainKey, type ExplainT } from '../../i18n/sections/explain';

export interface KinkPanelProps {
  a: Activation;
  /** Settled values of `a`'s parameters (see Explanations). */
  params: Params;
  /** Heading level of each kink's title. */
  headingLevel: 3 | 4 | 5 | 6;
}

type T = ExplainT;

const SHAPE_TEXT: Record<KinkShape, ExplainKey> = {
  convex: 'kinkConvex',
  concave: 'kinkConcave',
  neither: 'kinkNeither',
  differentiable: 'kinkDifferentiable',
  removable: 'kinkRemovable',
  jump: 'kinkJumpHere',
};

const NO_CHOICE: ReadonlySet<KinkShape> = new Set(['differentiable', 'removable']);

/** The words for one kink: what kind of point it is and which values are valid there. */
export function kinkSentences(t: T, r: KinkReport): string[] {
  const k = r.kink;
  const vars = {
    x: formatProse(k.x),
    left: formatProse(k.dfLeft),
    right: formatProse(k.dfRight),
    interval: formatInterval(...r.interval),
    value: formatProse(k.dfLeft),
    torch: formatProse(k.df),
    fLeft: formatProse(k.fLeft),
    fRight: formatProse(k.fRight),
  };
  const sides = r.shape === 'differentiable' || r.shape === 'removable' ? [] : ['kinkOneSided'];
  const keys = [...sides, SHAPE_TEXT[r.shape], ...(r.shape === 'jump' ? [] : ['kinkTorchValue'])];
  return keys.map((key) => t(key as ExplainKey, vars));
}

function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="ae-kink-sources">
      {sources.map((s) => (
        <li key={`${s.file}${s.entry}${s.line}`}>
          <span className="ae-mono">{s.file}</span> · <span className="ae-mono">{s.entry}</span>:{' '}
          <code className="ae-mono">{s.line}</code>
        </li>
      ))}
    </ul>
  );
}

function KinkItem({ r, t, H }: { r: KinkReport; t: T; H: `h${3 | 4 | 5 | 6}` }) {
  const x = formatProse(r.kink.x);
  const interval = formatInterval(...r.interval);
  // Outside the interval means “not a valid value” only where the interval means something.
  const judged = r.shape !== 'jump';
  return (
    <div className="ae-kink">
      <H className="ae-h4">{t('kinkAtHeading', { x })}</H>
      {kinkSentences(t, r).map((s) => (
        <p key={s}>{s}</p>
      ))}
      {r.ops.length > 0 && (
        <div
          className="ae-kink-table"
          role="region"
          aria-label={t('kinkOpsCaption', { x })}
          tabIndex={0}
        >
          <table>
            <caption>{t('kinkOpsCaption', { x })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kinkOpsCode')}</th>
                <th scope="col">{t('kinkOpsValue', { x })}</th>
                <th scope="col">{t('kinkOpsSource')}</th>
              </tr>
            </thead>
            <tbody>
              {r.ops.map((o) => (
                <tr key={o.code}>
                  <th scope="row">
                    <code className="ae-mono">{o.code}</code>
                  </th>
                  <td>
                    <span className="ae-mono">{formatProse(o.value)}</span>
                    {o.op.module && <span className="ae-kink-note">{t('kinkOpsModule')}</span>}
                    {judged && !o.inside && (
                      <span className="ae-kink-note">{t('kinkOpsOutside', { interval })}</span>
                    )}
                  </td>
                  <td>
                    <SourceList sources={o.op.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/**
 * Why the value at a kink is a convention: for each kink of the main function, the one-sided
 * derivatives, which values are valid there (subgradients only where f is convex), and what
 * several PyTorch operations that compute the same f return, each with its source.
 */
export function KinkPanel({ a, params, headingLevel }: KinkPanelProps) {
  const t = useT(explain);
  const reports = useMemo(() => kinkReports(a, params), [a, params]);
  const H = `h${headingLevel}` as const;
  if (reports.length === 0) return <p>{t('kinkWhyNone')}</p>;
  // “No single slope” holds only at a corner or a jump, not at a C¹ join or a removable point.
  const choice = reports.some((r) => !NO_CHOICE.has(r.shape));
  return (
    <>
      <p>{t(choice ? 'kinkWhyIntro' : 'kinkWhyNoChoice')}</p>
      {reports.map((r) => (
        <KinkItem key={r.kink.x} r={r} t={t} H={H} />
      ))}
      {reports.some((r) => r.ops.length > 0) && (
        <p className="ae-hint-inline">{t('kinkOpsSourcesNote')}</p>
      )}
    </>
  );
}
