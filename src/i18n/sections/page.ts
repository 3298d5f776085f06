import type { Section } from '../types';

/**
 * The full page's title bar: tagline, language and theme switches, links to the demos and the
 * lesson. Not in the shared catalogue: only the title bar (parts/Header.tsx) looks these up, with
 * `useT(page)`, so a host without it (the element, an iframe) does not ship them.
 */
export const page = {
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
  demoNavWhy: { en: 'Why ReLU works: live demos', 'zh-CN': 'ReLU 为何有效：实时演示' },
  // The explorer's link to the guided lesson (?view=lesson), whose own strings are in lesson.ts.
  lessonNavLink: { en: 'Lesson: ReLU in seven steps', 'zh-CN': 'ReLU 七步导学' },
} as const satisfies Section;
