import type { Section } from '../types';

/**
 * Strings only the full page shows: its title bar, the "Embed this view" dialog and the copy
 * buttons of that dialog and of the code panel. Kept apart from the rest of the catalogue so
 * that the web component, which shows none of them, can leave this section out
 * (vite.wc.config.ts).
 */
export const page = {
  // The title bar: title, tagline, language and theme switches.
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
  // Copy buttons: the embed dialog's and the code panel's.
  copy: { en: 'Copy', 'zh-CN': '复制' },
  copied: { en: 'Copied', 'zh-CN': '已复制' },
  copyFailed: {
    en: 'Could not copy: select the code and copy it by hand.',
    'zh-CN': '复制失败：请手动选中代码并复制。',
  },
  // The "Embed this view" dialog.
  embedButton: { en: 'Embed this view', 'zh-CN': '嵌入此视图' },
  // The title attribute of an iframe snippet (the explorer's or a demo's).
  embedFigureTitle: {
    en: 'Activation Explorer: {name}',
    'zh-CN': '激活函数探索器：{name}',
  },
  embedButtonLabel: {
    en: 'Embed this view: show HTML to put this figure in another page',
    'zh-CN': '嵌入此视图：显示将此图放入其他网页的 HTML',
  },
  embedIntro: {
    en: 'Paste one of these into your page. Both show the current function, parameters and range.',
    'zh-CN': '将以下任一段代码粘贴到你的网页中。两者都会显示当前的函数、参数和输入范围。',
  },
  embedControlsLabel: {
    en: 'Controls to show (comma list, e.g. alpha,range; all or none)',
    'zh-CN': '要显示的控件（逗号分隔，例如 alpha,range；all 或 none）',
  },
  embedIframeLabel: { en: 'Iframe HTML', 'zh-CN': 'iframe HTML' },
  embedWcLabel: { en: 'Web component HTML', 'zh-CN': 'Web 组件 HTML' },
  embedCopyIframe: { en: 'Copy the iframe HTML', 'zh-CN': '复制 iframe HTML' },
  embedCopyWc: { en: 'Copy the web component HTML', 'zh-CN': '复制 Web 组件 HTML' },
} as const satisfies Section;
