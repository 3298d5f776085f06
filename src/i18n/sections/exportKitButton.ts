import type { EnSection } from '../types';

/** The button that opens the kit panel: in the page's first chunk, so only this string. */
export const exportKitButton = {
  kitOpen: { en: 'More: GIF, video, alt text, QR' },
} as const satisfies EnSection;
