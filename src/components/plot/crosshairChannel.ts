import { createContext } from 'react';
import type { Range } from '../../math';

/** Where the crosshair is and what the plot shows, as the plot last drew it. */
export interface CrosshairView {
  /** The x of the readout: the crosshair's, or the stop the readout shows without one. */
  x: number;
  /** The plotted y-ranges of the f and f′ panels. */
  fDomain: Range;
  dfDomain: Range;
}

/**
 * How a part beside the figure follows the plot without the figure knowing it (the audio trace
 * in a host's tools): the plot reports each view it draws and each keyboard move of the
 * crosshair. One per Explorer instance.
 */
export interface CrosshairChannel {
  /** The plot drew `view`. */
  drawn(view: CrosshairView): void;
  /** The last view drawn, or null before the first. */
  view(): CrosshairView | null;
  /** A key moved the crosshair to `view.x`. */
  moved(view: CrosshairView): void;
  /** Calls `listener` on every keyboard move until the returned function is called. */
  onMove(listener: (view: CrosshairView) => void): () => void;
}

export function createCrosshairChannel(): CrosshairChannel {
  let last: CrosshairView | null = null;
  const listeners = new Set<(view: CrosshairView) => void>();
  return {
    drawn: (view) => void (last = view),
    view: () => last,
    moved: (view) => {
      last = view;
      listeners.forEach((l) => l(view));
    },
    onMove: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const CrosshairContext = createContext<CrosshairChannel | null>(null);
