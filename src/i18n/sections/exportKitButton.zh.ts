import type { exportKitButton } from './exportKitButton';

/** The Simplified Chinese of `exportKitButton.ts`, loaded with the language (src/i18n/languages.ts). */
export const exportKitButtonZh = {
  kitOpen: '更多：GIF、视频、替代文本、二维码',
} as const satisfies Record<keyof typeof exportKitButton, string>;
