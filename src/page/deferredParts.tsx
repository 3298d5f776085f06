import { lazy, Suspense, useState, type ComponentType } from 'react';
import { loadActivations } from '../math/loaded';
import type { FullParts } from '../parts/FullFrame';

/**
 * The page's title bar, tools (export menu and kit, embed dialog, audio trace) and the
 * explanations' loader, out of its first load: their chunk (pageParts.tsx) is requested once the
 * prerendered view has been hydrated and the browser is idle, or at the reader's first move
 * (releasePageParts).
 *
 * Each part sits in a Suspense boundary of its own. The prerender (and a view the app renders
 * afresh) has the chunk loaded first and renders the parts directly, inside that boundary. When
 * the app hydrates the prerendered view, the chunk is not there yet: the lazy part suspends and
 * React leaves the boundary's prerendered markup as it is (dehydrated), hydrating it when the
 * chunk arrives. Nothing on screen changes, so nothing shifts; a click on a part before that is
 * replayed by React once it has hydrated.
 */
type PageParts = typeof import('./pageParts');

let loaded: PageParts | null = null;
let release: () => void = () => {};
const released = new Promise<void>((resolve) => (release = resolve));
// With them, the math of the functions not on screen (src/math/loaded.ts): the parts name and
// analyse any of them, and the picker's next choice then needs no wait.
const loadParts = () =>
  Promise.all([import('./pageParts'), loadActivations()]).then(([m]) => {
    loaded = m;
    return m;
  });

/** Loads the parts now (the prerender, and a view rendered afresh, await it before rendering). */
export const preloadPageParts = (): Promise<unknown> => loadParts();

/** How long the parts wait at most for an idle moment or the reader's first move. */
const LATEST_MS = 1000;

/**
 * Lets the parts load: when the browser is next idle, at the reader's first press, scroll or
 * focus, or after {@link LATEST_MS} on a page that is never idle, whichever is sooner.
 */
export function releasePageParts(): void {
  const go = () => release();
  for (const type of ['pointerdown', 'keydown', 'focusin', 'wheel', 'touchstart', 'scroll'])
    document.addEventListener(type, go, { once: true, capture: true, passive: true });
  if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 500 });
  setTimeout(go, LATEST_MS);
}

type PartName = 'Header' | 'Tools' | 'Explanations' | 'KitButton';

function deferred<K extends PartName>(name: K): PageParts[K] {
  type Props = Parameters<PageParts[K]>[0];
  const Lazy = lazy(() =>
    released.then(loadParts).then((m) => ({ default: m[name] as ComponentType<Props> })),
  );
  function Deferred(props: Props) {
    // Chosen once per mount: the loaded part if it is in, else the lazy one.
    const [Part] = useState<ComponentType<Props>>(
      () => (loaded?.[name] as ComponentType<Props> | undefined) ?? Lazy,
    );
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  }
  Deferred.displayName = `Deferred(${name})`;
  return Deferred as PageParts[K];
}

export const deferredParts: FullParts = {
  Header: deferred('Header'),
  Tools: deferred('Tools'),
  Explanations: deferred('Explanations'),
};

export const DeferredKitButton = deferred('KitButton');
