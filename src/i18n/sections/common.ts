import type { Section } from '../types';

/** Strings shared across the app shell. Each section file owns one part of the UI. */
export const common = {
  appTitle: { en: 'Activation Explorer', 'zh-CN': '激活函数探索器' },
  language: { en: 'Language', 'zh-CN': '语言' },
  theme: { en: 'Theme', 'zh-CN': '主题' },
  themeSystem: { en: 'System', 'zh-CN': '跟随系统' },
  themeLight: { en: 'Light', 'zh-CN': '浅色' },
  themeDark: { en: 'Dark', 'zh-CN': '深色' },
} as const satisfies Section;
