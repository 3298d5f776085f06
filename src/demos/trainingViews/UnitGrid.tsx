import { memo } from 'react';
import type { TrainSnapshot } from '../../train/dying';

export interface UnitGridProps {
  snapshot: TrainSnapshot;
  /** Accessible name of the (image-like) grid, e.g. its summary sentence. */
  label: string;
}

/**
 * One square per hidden unit: filled when alive, hatched when its input is ≤ 0 everywhere
 * but it still gets a gradient (Leaky ReLU, PReLU, ELU), hollow and crossed when dead.
 */
export const UnitGrid = memo(function UnitGrid({ snapshot, label }: UnitGridProps) {
  const { alive, negative } = snapshot;
  return (
    <div className="ae-demo-units" role="img" aria-label={label}>
      {Array.from(alive, (a, j) => {
        const state = a === 0 ? 'dead' : negative[j] === 1 ? 'negative' : 'alive';
        return <span key={j} className={`ae-demo-unit ae-demo-unit-${state}`} data-state={state} />;
      })}
    </div>
  );
});

/** The key to the unit squares. */
export function UnitKey({ labels }: { labels: { alive: string; negative: string; dead: string } }) {
  return (
    <ul className="ae-demo-unit-key">
      {(['alive', 'negative', 'dead'] as const).map((k) => (
        <li key={k}>
          <span className={`ae-demo-unit ae-demo-unit-${k}`} aria-hidden="true" />
          {labels[k]}
        </li>
      ))}
    </ul>
  );
}
