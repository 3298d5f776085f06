import type { embed } from './embed';

/** The Simplified Chinese of `embed.ts`, loaded with the language (src/i18n/languages.ts). */
export const embedZh = {
  embedExportHeading: '下载',
  embedExportSvg: 'SVG',
  embedExportPng: 'PNG',
  embedExportCsv: 'CSV',
  embedExportSvgLabel: '将图下载为 SVG（{file}）',
  embedExportPngLabel: '将图下载为 PNG 图片（{file}）',
  embedExportCsvLabel: '将采样数值下载为 CSV（{file}）',
  embedExportFailed: '导出失败：{reason}',
  embedOpenFull: '在激活函数探索器中打开',
  embedOpenFullLabel: '在激活函数探索器中打开（新标签页）',
} as const satisfies Record<keyof typeof embed, string>;
