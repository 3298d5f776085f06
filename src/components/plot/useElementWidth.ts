import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of `ref`'s element, kept current by a ResizeObserver; `fallback` until the
 * first measurement and wherever there is no layout (jsdom, server rendering).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // 0 means not laid out (display: none); keep the last real width.
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
