import type { Lang } from '../i18n/types';

/**
 * The theme's colours and fonts as the exported file writes them. A standalone file cannot use
 * the page's custom properties, so these are the values `styles/theme.css` gives them (a test
 * keeps the two equal); translucent colours use `rgba()`, which drawing programs read.
 */
export interface ExportTheme {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  grid: string;
  axis: string;
  zone: string;
  /** `--ae-curve-1` … `--ae-curve-5`. */
  curves: readonly [string, string, string, string, string];
  /** `--ae-font` for the language. */
  font: string;
}

type Colours = Omit<ExportTheme, 'font'>;

/** `.ae-root` and `.ae-root[data-theme='dark']` in theme.css. */
export const THEME_COLOURS: Readonly<Record<'light' | 'dark', Colours>> = {
  light: {
    bg: '#ffffff',
    fg: '#1a1d21',
    muted: '#565e6b',
    border: '#858d99',
    grid: '#e3e6ea',
    axis: '#4a515c',
    zone: 'rgba(213, 94, 0, 0.13)',
    curves: ['#0072b2', '#c25400', '#007a5a', '#a8457f', '#9a6b00'],
  },
  dark: {
    bg: '#121417',
    fg: '#e8eaed',
    muted: '#a3abb6',
    border: '#79818d',
    grid: '#2c3138',
    axis: '#b8bec7',
    zone: 'rgba(240, 127, 60, 0.17)',
    curves: ['#56b4e9', '#f07f3c', '#20b98c', '#d487b3', '#f0e442'],
  },
};

/** `--ae-font` in theme.css: Chinese text names Chinese fonts (`.ae-root:lang(zh)`). */
export const THEME_FONTS: Readonly<Record<Lang, string>> = {
  en: 'system-ui, sans-serif',
  'zh-CN':
    "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
};

/** The colours of `theme` and the font of `lang`. */
export function exportTheme(theme: 'light' | 'dark', lang: Lang): ExportTheme {
  return { ...THEME_COLOURS[theme], font: THEME_FONTS[lang] };
}
