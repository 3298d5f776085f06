import type { Range } from '../math';
import { createLayout, type PanelBox, type PanelKind, type PlotLayout } from './layout';
import { toPx } from './path';
import { createAxis, maxLabelLength, type Axis } from './ticks';

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

/** The y-domain of each panel kind that is shown. */
export type PanelDomains = Readonly<Partial<Record<PanelKind, readonly [number, number]>>>;

/**
 * Lays out the panels (`kinds`, top to bottom) for `width` and builds their axes: the y tick
 * labels decide the shared left margin, then the x-axis spans what is left.
 */
export function createGeometry(
  width: number,
  kinds: readonly PanelKind[],
  domains: PanelDomains,
  range: Range,
): Geometry {
  const yAxes = (boxes: readonly PanelBox[]) =>
    boxes.map((b) =>
      createAxis(
        domains[b.kind] ?? [-1, 1],
        [b.top + b.height, b.top],
        b.height / Y_TICK_PX,
        b.top + b.height,
      ),
    );
  // Tick values depend on panel heights only, not on the margin, so a draft layout finds it.
  const draft = createLayout(width, kinds, 0);
  const layout = createLayout(width, kinds, maxLabelLength(yAxes(draft.panels)));
  const ys = yAxes(layout.panels);
  const x = createAxis(
    range,
    [layout.left, layout.right],
    (layout.right - layout.left) / X_TICK_PX,
    layout.left,
  );
  return { layout, x, panels: layout.panels.map((b, i) => ({ ...b, y: ys[i]! })) };
}

/** One shaded zone rectangle, in pixels, clipped to the plot's left and right edges. */
export interface ZoneRect {
  x: number;
  width: number;
}

/** The pixel extent of each zero-gradient interval on the x-axis. */
export function zoneRects(
  zones: readonly Range[],
  x: Axis,
  left: number,
  right: number,
): ZoneRect[] {
  return zones.map(([a, b]) => {
    const xa = Math.max(left, toPx(x.scale, a));
    const xb = Math.min(right, toPx(x.scale, b));
    return { x: xa, width: Math.max(0, xb - xa) };
  });
}
