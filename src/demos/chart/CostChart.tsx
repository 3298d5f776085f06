import { useMemo, useRef } from 'react';
import { useElementWidth } from '../../components/plot/useElementWidth';
import type { CostResult } from '../../train/cost';
import type { DemoT } from '../../i18n/sections/demos';
import { fnName } from '../text';
import { linearAxis, project } from './axes';

const ROW = 40;
const BAR = 13;
const TOP = 8;
const LABEL_PX = 118;

/**
 * Bars of each function's median time per element relative to ReLU's (f and f′ in two
 * colours), whiskers over the middle half of the runs (quartiles: robust to the odd slow run
 * on a busy machine) and a dashed line at 1, ReLU itself.
 */
export function CostChart({ result, t }: { result: CostResult; t: DemoT }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 480);
  const rows = useMemo(() => {
    const base = result.entries[0]!;
    return result.entries.map((e) => ({
      id: e.activation.id,
      f: [e.f.q1, e.f.median, e.f.q3].map((v) => v / base.f.median) as [number, number, number],
      df: [e.df.q1, e.df.median, e.df.q3].map((v) => v / base.df.median) as [
        number,
        number,
        number,
      ],
    }));
  }, [result]);
  const height = TOP + rows.length * ROW + 38;
  const bottom = height - 38;
  const top = Math.max(1.5, ...rows.flatMap((r) => [r.f[2], r.df[2]])) * 1.05;
  const x = linearAxis([0, top], [LABEL_PX, Math.max(LABEL_PX + 60, width - 14)], width / 100);
  const left = LABEL_PX;
  const right = x.scale.range[1];
  const bar = (key: string, [lo, mid, hi]: [number, number, number], y: number, cls: string) => (
    <g key={key} className={cls}>
      <rect x={left} y={y} width={Math.max(0, project(x, mid) - left)} height={BAR} />
      <line x1={project(x, lo)} x2={project(x, hi)} y1={y + BAR / 2} y2={y + BAR / 2} />
      <line x1={project(x, lo)} x2={project(x, lo)} y1={y + 3} y2={y + BAR - 3} />
      <line x1={project(x, hi)} x2={project(x, hi)} y1={y + 3} y2={y + BAR - 3} />
    </g>
  );
  return (
    <div ref={ref} className="ae-demo-chart">
      <svg
        className="ae-plot-svg ae-demo-cost"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        <g className="ae-plot-grid">
          {x.ticks.map((tk) => (
            <line key={tk.value} x1={tk.px} x2={tk.px} y1={TOP} y2={bottom} />
          ))}
        </g>
        {rows.map((r, i) => {
          const y = TOP + i * ROW + 6;
          return (
            <g key={r.id}>
              <text className="ae-plot-title" x={left - 8} y={y + BAR} textAnchor="end">
                {fnName(r.id)}
              </text>
              {bar('f', r.f, y, 'ae-demo-bar-f')}
              {bar('df', r.df, y + BAR + 2, 'ae-demo-bar-df')}
            </g>
          );
        })}
        <line className="ae-demo-ref" x1={project(x, 1)} x2={project(x, 1)} y1={TOP} y2={bottom} />
        <g className="ae-plot-axis">
          <line x1={left} x2={right} y1={bottom} y2={bottom} />
        </g>
        <g className="ae-plot-ticklabels" textAnchor="middle">
          {x.ticks.map((tk) => (
            <text key={tk.value} x={tk.px} y={bottom + 16}>
              {tk.label}
            </text>
          ))}
        </g>
        <text className="ae-plot-title" x={(left + right) / 2} y={bottom + 32} textAnchor="middle">
          {t('demoCostAxis')}
        </text>
      </svg>
    </div>
  );
}
