import type { Section } from '../types';

/** Strings of the embed part of the UI: export menu, embed snippets, the embed view's link. */
export const embed = {
  embedExportHeading: { en: 'Download', 'zh-CN': '下载' },
  embedExportSvg: { en: 'SVG', 'zh-CN': 'SVG' },
  embedExportPng: { en: 'PNG', 'zh-CN': 'PNG' },
  embedExportCsv: { en: 'CSV', 'zh-CN': 'CSV' },
  embedExportSvgLabel: {
    en: 'Download the plot as SVG ({file})',
    'zh-CN': '将图下载为 SVG（{file}）',
  },
  embedExportPngLabel: {
    en: 'Download the plot as PNG image ({file})',
    'zh-CN': '将图下载为 PNG 图片（{file}）',
  },
  embedExportCsvLabel: {
    en: 'Download the sampled values as CSV ({file})',
    'zh-CN': '将采样数值下载为 CSV（{file}）',
  },
  embedExportFailed: {
    en: 'Export failed: {reason}',
    'zh-CN': '导出失败：{reason}',
  },
  embedButton: { en: 'Embed this view', 'zh-CN': '嵌入此视图' },
  embedButtonLabel: {
    en: 'Embed this view: show HTML to put this figure in another page',
    'zh-CN': '嵌入此视图：显示将此图放入其他网页的 HTML',
  },
  embedIntro: {
    en: 'Paste one of these into your page. Both show the current function, parameters and range.',
    'zh-CN': '将以下任一段粘贴到你的网页中。两者都会显示当前的函数、参数和范围。',
  },
  embedControlsLabel: {
    en: 'Controls to show (comma list, e.g. alpha,range; all or none)',
    'zh-CN': '要显示的控件（逗号分隔，例如 alpha,range；all 或 none）',
  },
  embedIframeLabel: { en: 'Iframe HTML', 'zh-CN': 'iframe HTML' },
  embedWcLabel: { en: 'Web component HTML', 'zh-CN': 'Web 组件 HTML' },
  embedCopyIframe: { en: 'Copy the iframe HTML', 'zh-CN': '复制 iframe HTML' },
  embedCopyWc: { en: 'Copy the web component HTML', 'zh-CN': '复制 Web 组件 HTML' },
  embedCopy: { en: 'Copy', 'zh-CN': '复制' },
  embedCopied: { en: 'Copied to the clipboard.', 'zh-CN': '已复制到剪贴板。' },
  embedCopyFailed: {
    en: 'Could not copy: the text is selected, press Ctrl+C (⌘C on a Mac).',
    'zh-CN': '无法复制：文本已选中，请按 Ctrl+C（Mac 上按 ⌘C）。',
  },
  embedOpenFull: { en: 'Open in Activation Explorer', 'zh-CN': '在激活函数探索器中打开' },
  embedOpenFullLabel: {
    en: 'Open in Activation Explorer (opens a new tab)',
    'zh-CN': '在激活函数探索器中打开（新标签页）',
  },
  embedFigureTitle: {
    en: 'Activation Explorer: {name}',
    'zh-CN': '激活函数探索器：{name}',
  },
} as const satisfies Section;
