import { NoticeList } from '../parts/NoticeList';
import type { DemoNotice } from './codec';
import type { DemoT } from '../i18n/sections/demos';

export interface DemoNoticesProps {
  notices: readonly DemoNotice[];
  t: DemoT;
}

/** What the demos' URL asked for but did not get, with the demos' own messages too. */
export function DemoNotices({ notices, t }: DemoNoticesProps) {
  return (
    <NoticeList
      lines={notices.map((n) => t(n.message, { ...n.vars, param: n.param, value: n.value }))}
      heading={t('noticesHeading')}
      dismissLabel={t('noticesDismiss')}
    />
  );
}
