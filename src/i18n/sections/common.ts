import type { Section } from '../types';

/** Strings shared across the app shell. Each section file owns one part of the UI. */
export const common = {
  loading: { en: 'Loading…', 'zh-CN': '加载中…' },
  dismiss: { en: 'Dismiss', 'zh-CN': '关闭' },
} as const satisfies Section;
