import type { Section } from '../types';

/**
 * The copy buttons of the code panel and of the embed dialogs. Not in the shared catalogue: only
 * the button (components/explain/CopyButton.tsx) looks these up, with `useT(clipboard)`.
 */
export const clipboard = {
  copy: { en: 'Copy', 'zh-CN': '复制' },
  copied: { en: 'Copied', 'zh-CN': '已复制' },
  copyFailed: {
    en: 'Could not copy: select the code and copy it by hand.',
    'zh-CN': '复制失败：请手动选中代码并复制。',
  },
} as const satisfies Section;
