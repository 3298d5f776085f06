import type { formulaPicker } from './formulaPicker';

/** The Simplified Chinese of `formulaPicker.ts`, loaded with the language (src/i18n/languages.ts). */
export const formulaPickerZh = {
  formulaOption: '自定义公式…',
  formulaLoadFailedShort: '公式编辑器加载失败，请重试。',
} as const satisfies Record<keyof typeof formulaPicker, string>;
