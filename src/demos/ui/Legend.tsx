import { curveColour } from '../../components/palette';

export interface LegendItem {
  label: string;
  /** 1–5: `--ae-curve-N`. */
  colour: number;
  dashed?: boolean;
}

/** The key to a chart's lines: a list of swatches in the curve colours. */
export function Legend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="ae-plot-legend ae-demo-legend" aria-label={label}>
      {items.map((it) => (
        <li key={it.label}>
          <svg width="24" height="10" aria-hidden="true" focusable="false">
            <line
              x1="1"
              x2="23"
              y1="5"
              y2="5"
              stroke={curveColour(it.colour - 1)}
              strokeWidth="2.5"
              strokeDasharray={it.dashed ? '5 3' : undefined}
            />
          </svg>
          {it.label}
        </li>
      ))}
    </ul>
  );
}
