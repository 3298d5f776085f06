import type { EnSection } from '../types';

/**
 * The full page's title bar: tagline, language and theme switches, links to the demos and the
 * lesson. Not in the shared catalogue: only the title bar (parts/Header.tsx) looks these up, with
 * `useT(page)`, so a host without it (the element, an iframe) does not ship them.
 */
export const page = {
  appTagline: {
    en: 'See ReLU and its relatives, their derivatives and what PyTorch does at the kink.',
  },
  language: { en: 'Language' },
  langNameEn: { en: 'English' },
  langNameZh: { en: '简体中文' },
  theme: { en: 'Theme' },
  themeSystem: { en: 'System' },
  themeLight: { en: 'Light' },
  themeDark: { en: 'Dark' },
  // Shown only when a link or an embed asked for theme=inherit (follow the page around it).
  themeInherit: { en: 'Host page' },
  demoNavWhy: { en: 'Why ReLU works: live demos' },
  // The explorer's link to the guided lesson (?view=lesson), whose own strings are in lesson.ts.
  lessonNavLink: { en: 'Lesson: ReLU in seven steps' },
} as const satisfies EnSection;
