import type { Section } from '../types';
import { url } from './url';

/**
 * What a notice list says (parts/NoticeList.tsx and the lines given to it): its heading and
 * button, and the `url` section's messages about ignored or adjusted values. Not in the shared
 * catalogue, so a host without a notice list (the element) does not ship them.
 */
export const notices = {
  ...url,
  noticesHeading: {
    en: 'Some settings in the address were not used as given:',
    'zh-CN': '地址中的部分设置未按原样采用：',
  },
  noticesDismiss: { en: 'Dismiss these notices', 'zh-CN': '关闭这些提示' },
} as const satisfies Section;
