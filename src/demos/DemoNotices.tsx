import { useT } from '../components/useT';
import { demos } from '../i18n/sections/demos';
import { notices as noticeStrings } from '../i18n/sections/notices';
import { NoticeList } from '../parts/NoticeList';
import type { DemoNotice } from './codec';

/** The demos' own messages and the notices about ignored URL values. */
const strings = { ...demos, ...noticeStrings } as const;

export interface DemoNoticesProps {
  notices: readonly DemoNotice[];
}

/** What the demos' URL asked for but did not get, with the demos' own messages too. */
export function DemoNotices({ notices }: DemoNoticesProps) {
  const t = useT(strings);
  return (
    <NoticeList
      lines={notices.map((n) => t(n.message, { ...n.vars, param: n.param, value: n.value }))}
    />
  );
}
