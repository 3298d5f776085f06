import type { Section } from '../types';

/**
 * The explorer's link to the "Why ReLU works" demos: the only demos string in the first load.
 * Everything else the demos say is in `demos.ts`, loaded with them.
 */
export const demosNav = {
  demoNavWhy: { en: 'Why ReLU works: live demos', 'zh-CN': 'ReLU 为何有效：实时演示' },
  // The explorer's link to the guided lesson (?view=lesson), whose own strings are in lesson.ts.
  lessonNavLink: { en: 'Lesson: ReLU in seven steps', 'zh-CN': 'ReLU 七步导学' },
} as const satisfies Section;
