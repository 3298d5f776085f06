import type { page } from './page';

/** The Simplified Chinese of `page.ts`, loaded with the language (src/i18n/languages.ts). */
export const pageZh = {
  appTagline: '直观查看 ReLU 及其变体、它们的导数，以及 PyTorch 在折点处的取值。',
  language: '语言',
  langNameEn: 'English',
  langNameZh: '简体中文',
  theme: '主题',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  themeInherit: '跟随宿主页面',
  demoNavWhy: 'ReLU 为何有效：实时演示',
  lessonNavLink: 'ReLU 七步导学',
} as const satisfies Record<keyof typeof page, string>;
