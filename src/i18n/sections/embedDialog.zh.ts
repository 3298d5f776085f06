import type { embedDialog } from './embedDialog';

/** The Simplified Chinese of `embedDialog.ts`, loaded with the language (src/i18n/languages.ts). */
export const embedDialogZh = {
  embedButton: '嵌入此视图',
  embedFigureTitle: '激活函数探索器：{name}',
  embedButtonLabel: '嵌入此视图：显示将此图放入其他网页的 HTML',
  embedIntro: '将以下任一段代码粘贴到你的网页中。两者都会显示当前的函数、参数和输入范围。',
  embedControlsLabel: '要显示的控件（逗号分隔，例如 alpha,range；all 或 none）',
  embedIframeLabel: 'iframe HTML',
  embedWcLabel: 'Web 组件 HTML',
  embedCopyIframe: '复制 iframe HTML',
  embedCopyWc: '复制 Web 组件 HTML',
} as const satisfies Record<keyof typeof embedDialog, string>;
