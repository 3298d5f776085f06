import { memo } from 'react';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';
import type { Series } from '../../plot/model';

export interface LegendProps {
  series: readonly Series[];
  showDerivative: boolean;
  /** Label of the difference curve, when shown. */
  difference: string | null;
  showZone: boolean;
  showDots: boolean;
  t: (key: MessageKey, vars?: MessageVars) => string;
}

/** A short sample of a curve's colour and line style(s). */
const Swatch = memo(function Swatch({
  colour,
  solid,
  dashed,
}: {
  colour: number;
  solid: boolean;
  dashed: boolean;
}) {
  return (
    <svg className="ae-plot-swatch" width="36" height="14" aria-hidden="true" focusable="false">
      {solid && (
        <line className={`ae-plot-curve ae-plot-c${colour}`} x1="2" x2="34" y1="4" y2="4" />
      )}
      {dashed && (
        <line
          className={`ae-plot-curve ae-plot-c${colour} ae-plot-dashed`}
          x1="2"
          x2="34"
          y1={solid ? 11 : 7}
          y2={solid ? 11 : 7}
        />
      )}
    </svg>
  );
});

/**
 * One function's entry. Memoised: a slider step relabels the main function's entry only.
 */
const Entry = memo(function Entry({
  colour,
  label,
  dashed,
}: {
  colour: number;
  label: string;
  dashed: boolean;
}) {
  return (
    <li data-testid="plot-legend-entry">
      <Swatch colour={colour} solid dashed={dashed} />
      <span>{label}</span>
    </li>
  );
});

/** Each shown function (name and parameter values) with its swatch, then the marks' meanings. */
export function Legend({ series, showDerivative, difference, showZone, showDots, t }: LegendProps) {
  return (
    <ul className="ae-plot-legend" aria-label={t('plotLegendLabel')}>
      {series.map((s) => (
        <Entry key={s.a.id} colour={s.colour} label={s.label} dashed={showDerivative} />
      ))}
      {difference && (
        <li data-testid="plot-legend-entry">
          <Swatch colour={1} solid={false} dashed />
          <span>{difference}</span>
        </li>
      )}
      <Notes showDerivative={showDerivative} showZone={showZone} showDots={showDots} t={t} />
    </ul>
  );
}

/** What the line styles, the shading and the dots mean; memoised like the entries. */
const Notes = memo(function Notes({
  showDerivative,
  showZone,
  showDots,
  t,
}: Omit<LegendProps, 'series' | 'difference'>) {
  return (
    <>
      {showDerivative && <li className="ae-plot-legend-note">{t('plotLegendStyles')}</li>}
      {showZone && (
        <li className="ae-plot-legend-note">
          <svg className="ae-plot-swatch" width="18" height="14" aria-hidden="true">
            <rect className="ae-plot-zone" x="1" y="1" width="16" height="12" />
          </svg>
          <span>{t('plotLegendZone')}</span>
        </li>
      )}
      {showDots && (
        <li className="ae-plot-legend-note">
          <svg className="ae-plot-swatch" width="30" height="14" aria-hidden="true">
            <g className="ae-plot-c1">
              <circle className="ae-plot-dot-filled" cx="7" cy="7" r="3.5" />
              <circle className="ae-plot-dot-open" cx="22" cy="7" r="3.5" />
            </g>
          </svg>
          <span>{t('plotLegendDots')}</span>
        </li>
      )}
    </>
  );
});
