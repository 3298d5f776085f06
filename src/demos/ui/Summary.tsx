import { useThrottledText } from '../../components/plot/useThrottledText';

export interface SummaryProps {
  /** The result in words, one sentence per line. */
  lines: readonly string[];
  /** Accessible name of the region, e.g. "Result in words". */
  label: string;
  testId: string;
}

/**
 * A chart's result stated in words, visible to everyone and announced politely by screen
 * readers. While a run is in progress the text changes many times a second; the region is
 * updated at most once a second (the last state always shows).
 */
export function Summary({ lines, label, testId }: SummaryProps) {
  const text = useThrottledText(lines.join('\n'), 1000);
  return (
    <div role="status" aria-label={label} className="ae-demo-summary" data-testid={testId}>
      {text.split('\n').map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
