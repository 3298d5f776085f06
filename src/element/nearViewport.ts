import type { Root } from 'react-dom/client';

/** A figure sets up its work when it comes within one screen height of the viewport… */
const AHEAD = '100% 0px';
/** …and releases it when it is more than three screens away (the gap stops flapping). */
const BEHIND = '300% 0px';

/**
 * Calls `near` when `target` comes within a screen of the viewport and `far` (if given) when it
 * goes beyond three screens, each once per crossing, starting with `near`. On a page of many
 * figures only those around the reader hold React trees. Without IntersectionObserver (jsdom,
 * old browsers) `near` runs at once and `far` never. In a cross-origin iframe the browser
 * ignores the margins: `near` comes when the frame is visible.
 *
 * @returns a function that stops watching
 */
export function watchNearViewport(target: Element, near: () => void, far?: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    near();
    return () => {};
  }
  let isNear = false;
  const watch = (margin: string, cross: (inside: boolean) => void) => {
    const o = new IntersectionObserver((entries) => cross(entries.at(-1)!.isIntersecting), {
      rootMargin: margin,
    });
    o.observe(target);
    return o;
  };
  const observers = [
    watch(AHEAD, (inside) => {
      if (!inside || isNear) return;
      isNear = true;
      near();
    }),
  ];
  if (far)
    observers.push(
      watch(BEHIND, (inside) => {
        if (inside || !isNear) return;
        isNear = false;
        far();
      }),
    );
  return () => observers.forEach((o) => o.disconnect());
}

/**
 * Unmounts a React root but leaves a static, inert copy of its last frame in the container, so
 * the page's layout does not move while the figure is released. The next root rendered into
 * the container replaces the copy in its first commit (React clears a container it mounts in).
 */
export function unmountToSnapshot(root: Root, container: HTMLElement): void {
  const copy = [...container.childNodes].map((n) => n.cloneNode(true));
  root.unmount();
  container.append(...copy);
  container.inert = true;
}
