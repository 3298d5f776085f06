import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How far ahead of the viewport the content starts loading: one screen height. */
const AHEAD = '100% 0px';
/** Longest wait for an idle moment before the content loads anyway. */
const IDLE_TIMEOUT_MS = 4000;
/** Where there is no requestIdleCallback (Safari), a fixed delay stands in for it. */
const NO_IDLE_DELAY_MS = 1500;

export interface WhenNearProps {
  /** Class of the placeholder's box, which stands in for the content's size until then. */
  className: string;
  /** What the placeholder shows. */
  placeholder: ReactNode;
  children: ReactNode;
}

/**
 * Renders `children` once the placeholder comes within a screen of the viewport or the browser
 * is first idle, whichever is sooner. Content below the fold (and the chunks it loads) then stays
 * out of the way while the page becomes interactive, yet is there soon after for find-in-page,
 * screen readers' heading lists and keyboard users. Prerendering and hydration both render the
 * placeholder, so it hydrates without a mismatch. Without IntersectionObserver (jsdom, very old
 * browsers) the content renders at once.
 */
export function WhenNear({ className, placeholder, children }: WhenNearProps) {
  const [near, setNear] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => setNear(true);
    if (typeof IntersectionObserver === 'undefined') return show();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(el);
    const hasIdle = typeof requestIdleCallback === 'function';
    const idle = hasIdle ? requestIdleCallback(show, { timeout: IDLE_TIMEOUT_MS }) : 0;
    const timer = hasIdle ? undefined : setTimeout(show, NO_IDLE_DELAY_MS);
    return () => {
      observer.disconnect();
      if (hasIdle) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [near]);
  if (near) return children;
  return (
    <div ref={ref} className={className}>
      {placeholder}
    </div>
  );
}
