import { memo } from 'react';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';
import { formatReadout } from '../../format/number';
import { useThrottledText } from './useThrottledText';

/** One function's values at the crosshair. */
export interface ReadoutRow {
  label: string;
  colour: number;
  f: number;
  df: number;
}

export interface ReadoutProps {
  x: number;
  rows: readonly ReadoutRow[];
  difference: { label: string; value: number } | null;
  /** Sentence about the kink under the crosshair, if any. */
  kinkNote: string | null;
  t: (key: MessageKey, vars?: MessageVars) => string;
}

/** A screen reader hears at most one readout per this many milliseconds. */
const ANNOUNCE_MS = 500;

/**
 * x, f(x) and f′(x) of every shown function at the crosshair, to 4 significant digits. Shown at
 * once for the eye; announced through a polite live region at most every {@link ANNOUNCE_MS},
 * so holding an arrow key does not queue a hundred announcements.
 */
export function Readout({ x, rows, difference, kinkNote, t }: ReadoutProps) {
  const xLine = t('plotReadoutX', { x: formatReadout(x) });
  const lines = rows.map((r) =>
    t('plotReadoutRow', { name: r.label, f: formatReadout(r.f), df: formatReadout(r.df) }),
  );
  const diffLine = difference
    ? t('plotReadoutDiff', { name: difference.label, value: formatReadout(difference.value) })
    : null;
  const spoken = [xLine, ...lines, diffLine, kinkNote].filter(Boolean).join('. ');
  const announced = useThrottledText(spoken, ANNOUNCE_MS);
  return (
    <>
      <div className="ae-plot-readout" data-testid="plot-readout" aria-hidden="true">
        <div className="ae-plot-readout-x">{xLine}</div>
        {rows.map((r, i) => (
          <Row key={i} colour={r.colour} text={lines[i]!} />
        ))}
        {diffLine && <div className="ae-plot-readout-row">{diffLine}</div>}
        {kinkNote && <div className="ae-plot-readout-kink">{kinkNote}</div>}
      </div>
      <p
        className="ae-visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        aria-label={t('plotReadoutLabel')}
        data-testid="plot-status"
      >
        {announced}
      </p>
    </>
  );
}

/** One function's line; memoised, so a slider step rewrites only the lines whose values moved. */
const Row = memo(function Row({ colour, text }: { colour: number; text: string }) {
  return (
    <div className="ae-plot-readout-row">
      <span className={`ae-plot-key ae-plot-c${colour}`} />
      {text}
    </div>
  );
});
