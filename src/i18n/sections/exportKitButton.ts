import type { Section } from '../types';

/** The button that opens the kit panel: in the page's first chunk, so only this string. */
export const exportKitButton = {
  kitOpen: { en: 'More: GIF, video, alt text, QR', 'zh-CN': '更多：GIF、视频、替代文本、二维码' },
} as const satisfies Section;
