import { toPx, type Linear } from '../../plot/path';

/** One point on the crosshair: a curve's value at the crosshair x. */
export interface CrosshairPoint {
  y: number;
  colour: number;
}

export interface CrosshairProps {
  px: number;
  sy: Linear;
  top: number;
  bottom: number;
  points: readonly CrosshairPoint[];
}

/** The vertical crosshair line of one panel and a point on each curve inside the panel. */
export function Crosshair({ px, sy, top, bottom, points }: CrosshairProps) {
  return (
    <g className="ae-plot-crosshair" data-testid="plot-crosshair">
      <line x1={px} x2={px} y1={top} y2={bottom} />
      {points.map((p, i) => {
        const py = toPx(sy, p.y);
        if (!Number.isFinite(py) || py < top - 0.5 || py > bottom + 0.5) return null;
        return <circle key={i} className={`ae-plot-c${p.colour}`} cx={px} cy={py} r={4} />;
      })}
    </g>
  );
}
