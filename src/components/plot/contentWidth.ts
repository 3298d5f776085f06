/**
 * The width of `el`'s content box, as a ResizeObserver's contentRect reports it. Apart from
 * useElementWidth so that the page's first frame (src/page/firstFrame) measures the plot the
 * same way without loading React.
 */
export function contentWidth(el: HTMLElement): number {
  const s = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  const edges =
    px(s.paddingLeft) + px(s.paddingRight) + px(s.borderLeftWidth) + px(s.borderRightWidth);
  return el.getBoundingClientRect().width - edges;
}
