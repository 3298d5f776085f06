import type { Section } from '../types';

/** Strings shared across the app shell. Each section file owns one part of the UI. */
export const common = {
  loading: { en: 'Loading…', 'zh-CN': '加载中…' },
  appTitle: { en: 'Activation Explorer', 'zh-CN': '激活函数探索器' },
} as const satisfies Section;
