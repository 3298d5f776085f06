import type { Section } from '../types';

/** The button that opens the kit panel: in the page's first chunk, so only these two strings. */
export const exportKitButton = {
  kitOpen: { en: 'More: GIF, video, alt text, QR', 'zh-CN': '更多：GIF、视频、替代文本、二维码' },
  kitOpenLabel: {
    en: 'More exports: animation, pictures with alt text and caption, QR code',
    'zh-CN': '更多导出：动画、带替代文本和图注的图片、二维码',
  },
} as const satisfies Section;
