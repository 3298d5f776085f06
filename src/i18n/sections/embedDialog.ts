import type { Section } from '../types';

/**
 * The "Embed this view" dialogs (the explorer's and the demos') and the iframe snippet's title.
 * Not in the shared catalogue: only those dialogs look these up, with `useT(embedDialog)`.
 */
export const embedDialog = {
  embedButton: { en: 'Embed this view', 'zh-CN': '嵌入此视图' },
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
