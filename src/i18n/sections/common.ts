import type { Section } from '../types';

/** Strings shared across the app shell. Each section file owns one part of the UI. */
export const common = {
  appTitle: { en: 'Activation Explorer', 'zh-CN': '激活函数探索器' },
  appTagline: {
    en: 'See ReLU and its relatives, their derivatives and what PyTorch does at the kink.',
    'zh-CN': '直观查看 ReLU 及其变体、它们的导数，以及 PyTorch 在折点处的取值。',
  },
  language: { en: 'Language', 'zh-CN': '语言' },
  langNameEn: { en: 'English', 'zh-CN': 'English' },
  langNameZh: { en: '简体中文', 'zh-CN': '简体中文' },
  theme: { en: 'Theme', 'zh-CN': '主题' },
  themeSystem: { en: 'System', 'zh-CN': '跟随系统' },
  themeLight: { en: 'Light', 'zh-CN': '浅色' },
  themeDark: { en: 'Dark', 'zh-CN': '深色' },
  loading: { en: 'Loading…', 'zh-CN': '加载中…' },
  dismiss: { en: 'Dismiss', 'zh-CN': '关闭' },
  copy: { en: 'Copy', 'zh-CN': '复制' },
  copied: { en: 'Copied', 'zh-CN': '已复制' },
  copyFailed: {
    en: 'Could not copy: select the code and copy it by hand.',
    'zh-CN': '复制失败：请手动选中代码并复制。',
  },
} as const satisfies Section;
