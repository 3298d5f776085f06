import { useMemo } from 'react';
import { createLayout, type PanelBox, type PanelKind, type PlotLayout } from '../../plot/layout';
import { createAxis, maxLabelLength, type Axis } from '../../plot/ticks';
import type { PlotModel } from './usePlotModel';

/** One panel's box and y-axis. */
export interface PanelGeometry extends PanelBox {
  y: Axis;
}

/** Pixel layout and axes of the whole plot. */
export interface Geometry {
  layout: PlotLayout;
  x: Axis;
  panels: PanelGeometry[];
}

/** Pixels per y tick and per x tick. */
const Y_TICK_PX = 42;
const X_TICK_PX = 80;

/**
 * Lays out the panels for `width` and builds their axes. Memoised over numbers only, so the
 * scale objects keep their identity while a slider moves inside the same nice domain and
 * memoised curve paths are reused.
 */
export function useGeometry(model: PlotModel, width: number): Geometry {
  const { range, fDomain, dfDomain, showDerivative, difference } = model;
  const kinds = ['f', showDerivative ? 'df' : '', difference ? 'diff' : '']
    .filter(Boolean)
    .join(',');
  const [f0, f1] = fDomain;
  const [d0, d1] = dfDomain;
  const [g0, g1] = difference?.domain ?? [0, 1];
  const [x0, x1] = range;
  return useMemo(() => {
    const list = kinds.split(',') as PanelKind[];
    const domainOf = (k: PanelKind): [number, number] =>
      k === 'f' ? [f0, f1] : k === 'df' ? [d0, d1] : [g0, g1];
    const yAxes = (boxes: readonly PanelBox[]) =>
      boxes.map((b) =>
        createAxis(
          domainOf(b.kind),
          [b.top + b.height, b.top],
          b.height / Y_TICK_PX,
          b.top + b.height,
        ),
      );
    // Tick labels decide the left margin; tick values depend on heights only, not the margin.
    const draft = createLayout(width, list, 0);
    const layout = createLayout(width, list, maxLabelLength(yAxes(draft.panels)));
    const ys = yAxes(layout.panels);
    const x = createAxis(
      [x0, x1],
      [layout.left, layout.right],
      (layout.right - layout.left) / X_TICK_PX,
      layout.left,
    );
    return { layout, x, panels: layout.panels.map((b, i) => ({ ...b, y: ys[i]! })) };
  }, [width, kinds, f0, f1, d0, d1, g0, g1, x0, x1]);
}
