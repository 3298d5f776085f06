// The anchor for a cold load, rebuilt so that every bench:ui run measures it beside the
// app: a minimal page that draws a chart with React and d3 in the browser (no prerendering) —
// ReLU and its derivative over [−5, 5] with gridlines and tick labels, one path per pixel.
import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { createRoot } from 'react-dom/client';

const WIDTH = 800;
const HEIGHT = 400;
const MARGIN = 30;

function Chart() {
  const x = scaleLinear()
    .domain([-5, 5])
    .range([MARGIN, WIDTH - MARGIN]);
  const y = scaleLinear()
    .domain([-1, 5])
    .range([HEIGHT - MARGIN, MARGIN]);
  const xs = range(WIDTH - 2 * MARGIN + 1).map((i) => x.invert(MARGIN + i));
  const path = (f: (v: number) => number) =>
    line<number>()
      .x(x)
      .y((v) => y(f(v)))(xs) ?? '';
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label="ReLU and its derivative">
      {x.ticks().map((t) => (
        <g key={`x${t}`} transform={`translate(${x(t)},0)`}>
          <line y1={MARGIN} y2={HEIGHT - MARGIN} stroke="#ddd" />
          <text y={HEIGHT - MARGIN + 16} textAnchor="middle" fontSize={12}>
            {t}
          </text>
        </g>
      ))}
      {y.ticks().map((t) => (
        <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
          <line x1={MARGIN} x2={WIDTH - MARGIN} stroke="#ddd" />
          <text x={MARGIN - 6} dy="0.32em" textAnchor="end" fontSize={12}>
            {t}
          </text>
        </g>
      ))}
      <path
        data-testid="plot-curve"
        d={path((v) => Math.max(0, v))}
        fill="none"
        stroke="steelblue"
        strokeWidth={2}
      />
      <path d={path((v) => (v > 0 ? 1 : 0))} fill="none" stroke="darkorange" strokeWidth={2} />
    </svg>
  );
}

createRoot(document.getElementById('root')!).render(<Chart />);
