import { useThrottledText } from '../../components/plot/useThrottledText';

export interface SummaryProps {
  /** The result in words, one sentence per line. */
  lines: readonly string[];
  /** Accessible name of the live region, e.g. "Result in words". */
  label: string;
  /** Test id of the visible text. */
  testId: string;
}

/**
 * A chart's result stated in words. The text on screen follows every update; screen readers
 * get the same words from a polite live region updated at most once a second (the last state
 * always arrives), since a training run changes them many times a second. As the explorer's
 * readout does, the visible copy is hidden from assistive tech so nothing is read twice.
 */
export function Summary({ lines, label, testId }: SummaryProps) {
  const text = lines.join('\n');
  const spoken = useThrottledText(text, 1000);
  return (
    <>
      <div className="ae-demo-summary" aria-hidden="true" data-testid={testId}>
        {lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <div role="status" aria-label={label} className="ae-visually-hidden">
        {spoken.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </>
  );
}
