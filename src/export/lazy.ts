/** The export code as a lazy chunk, for hosts that split code (the page, the iframe, React). */
export const loadExportLazily = () => import('./runExport');
