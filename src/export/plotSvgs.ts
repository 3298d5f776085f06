import type { LegendEntry } from './svg';

/**
 * Finds the plot panels to export near `from` (a button of the same explorer instance): the
 * `<svg data-ae-plot>` / `<svg class="ae-plot-svg">` elements inside the instance's `.ae-root`, else every `<svg>` there that
 * draws a path and is wider than an icon. Document order, so f comes before f′.
 */
export function findPlotSvgs(from: Element): SVGSVGElement[] {
  const scope: ParentNode =
    from.closest('.ae-root') ?? (from.getRootNode() as Document | ShadowRoot) ?? from.ownerDocument;
  const marked = Array.from(
    scope.querySelectorAll<SVGSVGElement>('svg[data-ae-plot], svg.ae-plot-svg'),
  );
  if (marked.length > 0) return marked;
  return Array.from(scope.querySelectorAll<SVGSVGElement>('svg')).filter(
    (svg) =>
      svg.parentElement?.closest('svg') === null &&
      svg.querySelector('path[d]') !== null &&
      svg.getBoundingClientRect().width >= 120,
  );
}

/** The legend entries of the plot near `from` (each shown function, and the difference). */
export function findLegendEntries(from: Element): LegendEntry[] {
  const scope: ParentNode =
    from.closest('.ae-root') ?? (from.getRootNode() as Document | ShadowRoot) ?? from.ownerDocument;
  return Array.from(scope.querySelectorAll('[data-testid="plot-legend-entry"]')).flatMap((li) => {
    const label = li.querySelector('span');
    return label ? [{ swatch: li.querySelector<SVGSVGElement>('svg'), label }] : [];
  });
}
