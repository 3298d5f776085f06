import { useState } from 'react';
import type { Notice } from '../state/urlCodec';
import { useT } from './useT';

export interface NoticesProps {
  /** URL parameters that were ignored or adjusted when this instance started. */
  notices: readonly Notice[];
}

/**
 * A polite live region listing what the URL asked for but did not get, until dismissed.
 * Values from the URL are React text only, never markup.
 */
export function Notices({ notices }: NoticesProps) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  const visible = !dismissed && notices.length > 0;
  // The region stays mounted so screen readers announce its content when it appears.
  return (
    <div role="status" className={visible ? 'ae-notices' : 'ae-notices ae-empty'}>
      {visible && (
        <>
          <p className="ae-notices-heading">{t('noticesHeading')}</p>
          <ul className="ae-notices-list">
            {notices.map((n, i) => (
              <li key={i}>{t(n.message, { ...n.vars, param: n.param, value: n.value })}</li>
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
