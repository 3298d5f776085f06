import { useState } from 'react';

export interface NoticeListProps {
  /** Translated lines, one per ignored or adjusted input. Plain text, never markup. */
  lines: readonly string[];
  heading: string;
  dismissLabel: string;
}

/**
 * A polite live region listing what the URL asked for but did not get, until dismissed.
 * Shared by the explorer and the demos so both look and behave alike.
 */
export function NoticeList({ lines, heading, dismissLabel }: NoticeListProps) {
  const [dismissed, setDismissed] = useState(false);
  const visible = !dismissed && lines.length > 0;
  // The region stays mounted so screen readers announce its content when it appears.
  return (
    <div role="status" className={visible ? 'ae-notices' : 'ae-notices ae-empty'}>
      {visible && (
        <>
          <p className="ae-notices-heading">{heading}</p>
          <ul className="ae-notices-list">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button type="button" className="ae-button" onClick={() => setDismissed(true)}>
            {dismissLabel}
          </button>
        </>
      )}
    </div>
  );
}
