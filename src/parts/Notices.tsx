import type { Notice } from '../state/urlCodec';
import { NoticeList } from './NoticeList';
import { useT } from '../components/useT';
import { notices as strings } from '../i18n/sections/notices';

export interface NoticesProps {
  /** URL parameters that were ignored or adjusted when this instance started. */
  notices: readonly Notice[];
}

/** The explorer's URL notices. Values from the URL are React text only, never markup. */
export function Notices({ notices }: NoticesProps) {
  const t = useT(strings);
  return (
    <NoticeList
      lines={notices.map((n) => t(n.message, { ...n.vars, param: n.param, value: n.value }))}
    />
  );
}
