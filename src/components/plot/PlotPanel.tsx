import {
  lazy,
  Suspense,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { formatShort } from '../../format/number';
import { isNotable } from '../../plot/kinkNotes';
import { nearestIndex, pointerX, stepStop } from '../../plot/stops';
import { useControls } from '../config';
import { useExplorer } from '../../state/context';
import { CrosshairContext } from './crosshairChannel';
import { useT } from '../useT';
import { InitialPlotWidth } from './initialWidth';
import { Legend } from './Legend';
import { PlotSvg, type ProbeValues } from './PlotSvg';
import { Readout } from './Readout';
import { useElementWidth } from './useElementWidth';
import { usePlotModel } from './usePlotModel';
import { useRecordPlotWidth } from './plotWidth';

// Shown on request only: its chunk loads when the table is first opened.
const ValueTable = lazy(() => import('./ValueTable').then((m) => ({ default: m.ValueTable })));

/** Arrow keys step one stop, Page keys ten (as on a native slider). */
const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowLeft: -1,
  PageUp: 10,
  PageDown: -10,
};

/**
 * The plot of the explorer: legend, stacked f / f′ / difference panels with a crosshair driven
 * by pointer, touch or keyboard, the readout (with a throttled live region) and the "show as
 * table" alternative. Reads everything from the nearest ExplorerProvider.
 */
export function PlotPanel() {
  const t = useT();
  const fn = useExplorer((s) => s.fn);
  const controls = useControls();
  const uid = useId().replace(/[^\w-]/g, '');
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(frameRef, useContext(InitialPlotWidth));
  const model = usePlotModel(width);
  useRecordPlotWidth(width);
  const [cursor, setCursor] = useState<number | null>(null);
  const [hover, setHover] = useState(false);
  const [focused, setFocused] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const channel = useContext(CrosshairContext);

  const { range, stops, series } = model;
  const main = series[0];
  // The readout always shows some x: the crosshair's, else the stop nearest the middle (0 on a
  // symmetric range, so ReLU′(0) is on screen from the start).
  const inRange = cursor !== null && cursor >= range[0] && cursor <= range[1];
  const x = inRange ? cursor : (stops[nearestIndex(stops, (range[0] + range[1]) / 2)] ?? range[0]);
  const probe: ProbeValues = {
    x,
    f: series.map((s) => s.a.f(x, s.p)),
    df: series.map((s) => s.a.df(x, s.p)),
    diff: model.difference ? model.difference.a.f(x) : null,
  };
  useEffect(() => {
    channel?.drawn({ x, fDomain: model.fDomain, dfDomain: model.dfDomain });
  });
  const kink = main?.colour === 1 ? main.sampled.kinks.find((k) => k.x === x) : undefined;
  const kinkNote =
    kink && isNotable(kink)
      ? t('plotKinkTitle', {
          x: formatShort(kink.x),
          left: formatShort(kink.dfLeft),
          right: formatShort(kink.dfRight),
          value: formatShort(kink.df),
        })
      : null;

  function onKeyDown(e: KeyboardEvent) {
    let next: number | undefined;
    if (e.key in KEY_STEPS) next = stepStop(stops, x, KEY_STEPS[e.key]!);
    else if (e.key === 'Home') next = stops[0];
    else if (e.key === 'End') next = stops[stops.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    setCursor(next);
    channel?.moved({ x: next, fDomain: model.fDomain, dfDomain: model.dfDomain });
  }

  function onPointer(e: PointerEvent) {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect) return;
    const px = e.clientX - rect.left;
    setCursor(
      pointerX(px, range, [model.geometry.layout.left, model.geometry.layout.right], model.kinkXs),
    );
    setHover(true);
  }

  if (!main) return <p className="ae-plot-empty">{t('plotUnknownFunction', { id: fn })}</p>;
  const name = series.map((s) => s.a.name).join(', ');
  // An embed without `readout` in its controls floats the readout over the plot while it is
  // hovered, touched or focused (nothing below it moves), and has no table view.
  const showReadout = controls.readout;
  const plotClass = showReadout
    ? 'ae-plot'
    : `ae-plot ae-plot-float-readout${hover || focused ? '' : ' ae-plot-readout-idle'}`;
  const diffLabel = model.difference
    ? t('plotLegendDiff', { a: model.difference.g.label, b: model.difference.h.label })
    : null;
  return (
    <div className={plotClass}>
      <Legend
        series={series}
        showDerivative={model.showDerivative}
        difference={diffLabel}
        showZone={model.zones.length > 0}
        showDots={series.some((s) => s.sampled.fDots.length + s.sampled.dfDots.length > 0)}
        t={t}
      />
      {/* Measured here, not on the outer box: at phone width that box is flattened into the
          figure's grid (display: contents, see explorer.css) and has no width of its own. */}
      <div
        className="ae-plot-frame"
        ref={frameRef}
        tabIndex={0}
        role="group"
        aria-label={t('plotRegionLabel', { name })}
        aria-describedby={`${uid}-hint`}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerMove={onPointer}
        onPointerDown={onPointer}
        onPointerLeave={() => setHover(false)}
      >
        <PlotSvg
          model={model}
          probe={hover || focused ? probe : null}
          uid={uid}
          svgRef={svgRef}
          t={t}
        />
      </div>
      <p className="ae-plot-hint" id={`${uid}-hint`}>
        {t('plotKeysHint')}
      </p>
      <Readout
        x={x}
        rows={series.map((s, i) => ({
          label: s.label,
          colour: s.colour,
          f: probe.f[i]!,
          df: probe.df[i]!,
        }))}
        difference={diffLabel ? { label: diffLabel, value: probe.diff! } : null}
        kinkNote={kinkNote}
        t={t}
      />
      {showReadout && (
        <button
          type="button"
          className="ae-plot-table-toggle"
          aria-expanded={tableOpen}
          aria-controls={tableOpen ? `${uid}-table` : undefined}
          onClick={() => setTableOpen((o) => !o)}
        >
          {t(tableOpen ? 'plotHideTable' : 'plotShowTable')}
        </button>
      )}
      {showReadout && tableOpen && (
        <Suspense fallback={null}>
          <ValueTable model={model} id={`${uid}-table`} />
        </Suspense>
      )}
    </div>
  );
}
