import { lazy, Suspense, useSyncExternalStore } from 'react';

const AudioTrace = lazy(() => import('./AudioTrace').then((m) => ({ default: m.AudioTrace })));

const noSubscription = () => () => {};

/**
 * The audio trace, loaded after the figure's first render: it is not needed to see the first
 * curve, so its chunk (strings included) stays out of the first load. Prerendering and
 * hydration render nothing here (the server snapshot is false), so the prerendered page
 * hydrates without a mismatch. It sits last in the tools, where appearing moves nothing above it.
 */
export function LazyAudioTrace() {
  const client = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return client ? (
    <Suspense fallback={null}>
      <AudioTrace />
    </Suspense>
  ) : null;
}
