import { useState } from 'react';
import type { DemoNotice } from './codec';
import type { DemoT } from './i18n';

export interface DemoNoticesProps {
  notices: readonly DemoNotice[];
  t: DemoT;
}

/**
 * What the URL asked for but did not get, in a polite live region, until dismissed: like the
 * explorer's notices (same look and wording), with the demos' own messages too.
 */
export function DemoNotices({ notices, t }: DemoNoticesProps) {
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
