import type { Section } from '../types';

/** Strings of the embedded views: the export menu and the link to the full page. */
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
  embedOpenFull: { en: 'Open in Activation Explorer', 'zh-CN': '在激活函数探索器中打开' },
  embedOpenFullLabel: {
    en: 'Open in Activation Explorer (opens a new tab)',
    'zh-CN': '在激活函数探索器中打开（新标签页）',
  },
} as const satisfies Section;
