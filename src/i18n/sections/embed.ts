import type { EnSection } from '../types';

/** Strings of the embedded views: the export menu and the link to the full page. */
export const embed = {
  embedExportHeading: { en: 'Download' },
  embedExportSvg: { en: 'SVG' },
  embedExportPng: { en: 'PNG' },
  embedExportCsv: { en: 'CSV' },
  embedExportSvgLabel: {
    en: 'Download the plot as SVG ({file})',
  },
  embedExportPngLabel: {
    en: 'Download the plot as PNG image ({file})',
  },
  embedExportCsvLabel: {
    en: 'Download the sampled values as CSV ({file})',
  },
  embedExportFailed: {
    en: 'Export failed: {reason}',
  },
  embedOpenFull: { en: 'Open in Activation Explorer' },
  embedOpenFullLabel: {
    en: 'Open in Activation Explorer (opens a new tab)',
  },
} as const satisfies EnSection;
