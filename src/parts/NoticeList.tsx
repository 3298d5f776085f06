import { useState } from 'react';
import { useT } from '../components/useT';
import { notices } from '../i18n/sections/notices';

export interface NoticeListProps {
  /** Translated lines, one per ignored or adjusted input. Plain text, never markup. */
  lines: readonly string[];
}

/**
 * A polite live region listing what the URL asked for but did not get, until dismissed.
 * Shared by the explorer and the demos so both look and behave alike.
 */
export function NoticeList({ lines }: NoticeListProps) {
  const t = useT(notices);
  const [dismissed, setDismissed] = useState(false);
  const visible = !dismissed && lines.length > 0;
  // The region stays mounted so screen readers announce its content when it appears.
  return (
    <div role="status" className={visible ? 'ae-notices' : 'ae-notices ae-empty'}>
      {visible && (
        <>
          <p className="ae-notices-heading">{t('noticesHeading')}</p>
          <ul className="ae-notices-list">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button type="button" className="ae-button" onClick={() => setDismissed(true)}>
            {t('noticesDismiss')}
          </button>
        </>
      )}
    </div>
  );
}
