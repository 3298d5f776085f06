import { useMemo, useRef } from 'react';
import { formatReadout, formatShort } from '../../format/number';
import { TABLE_ROWS, tableXs } from '../../plot/table';
import type { PlotModel } from '../../plot/model';
import { plotTable } from '../../i18n/sections/plotTable';
import { useOwnStyles } from '../ownStyles';
import { useT } from '../useT';
import css from './table.css?inline';

export interface ValueTableProps {
  model: PlotModel;
  id: string;
}

/**
 * The text alternative to the plot: x, f(x) and (when shown) f′(x) for every function at 41
 * evenly spaced points plus every kink, values computed exactly (not read off the samples).
 * It scrolls sideways inside its own focusable region, never the page. Its strings load with it.
 */
export function ValueTable({ model, id }: ValueTableProps) {
  const t = useT(plotTable);
  const ref = useRef<HTMLDivElement>(null);
  useOwnStyles(ref, css);
  const { series, range, kinkXs, showDerivative, difference } = model;
  const kinks = useMemo(() => new Set(kinkXs), [kinkXs]);
  const xs = useMemo(() => tableXs(range, kinkXs), [range, kinkXs]);
  const caption = t('plotTableCaption', {
    names: series.map((s) => s.label).join(', '),
    min: formatShort(range[0]),
    max: formatShort(range[1]),
    count: TABLE_ROWS,
  });
  return (
    <div
      ref={ref}
      className="ae-plot-table-wrap"
      id={id}
      role="region"
      aria-label={t('plotTableRegion')}
      tabIndex={0}
    >
      <table className="ae-plot-table">
        <caption>
          <span className="ae-plot-caption">{caption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">x</th>
            {series.map((s) => [
              <th key={`${s.a.id}-f`} scope="col">
                {t('plotTableColF', { name: s.label })}
              </th>,
              showDerivative && (
                <th key={`${s.a.id}-df`} scope="col">
                  {t('plotTableColDf', { name: s.label })}
                </th>
              ),
            ])}
            {difference && (
              <th scope="col">
                {t('plotLegendDiff', { a: difference.g.label, b: difference.h.label })}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {xs.map((x) => (
            <tr key={x}>
              <th scope="row">
                {formatReadout(x)}
                {kinks.has(x) && ` (${t('plotTableKink')})`}
              </th>
              {series.map((s) => [
                <td key={`${s.a.id}-f`}>{formatReadout(s.a.f(x, s.p))}</td>,
                showDerivative && <td key={`${s.a.id}-df`}>{formatReadout(s.a.df(x, s.p))}</td>,
              ])}
              {difference && <td>{formatReadout(difference.a.f(x))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
