import { useLayoutEffect, useState, type RefObject } from 'react';
import { contentWidth } from './contentWidth';

/**
 * The content width of `ref`'s element, kept current by a ResizeObserver; `fallback` until the
 * first measurement and wherever there is no layout (jsdom, server rendering).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // 0 means not laid out (display: none); keep the last real width.
    const update = (w: number) => {
      if (w > 0) setWidth(Math.round(w));
    };
    // Measured now, so the first paint after mounting (or hydrating a view drawn for another
    // width) already has the right size. The observer's first report comes a frame later, and
    // that frame would show the plot at the wrong height for a moment (a layout shift).
    update(contentWidth(el));
    const observer = new ResizeObserver((entries) => update(entries[0]?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
