import { controlsZh } from './sections/controls.zh';
import { embedZh } from './sections/embed.zh';
import { embedDialogZh } from './sections/embedDialog.zh';
import { exportKitButtonZh } from './sections/exportKitButton.zh';
import { pageZh } from './sections/page.zh';
import { plotZh } from './sections/plot.zh';
import { validationZh } from './sections/validation.zh';

/**
 * Simplified Chinese of the first-load sections (see languages.ts): one chunk, loaded when an
 * explorer shows Chinese. The title bar's and the embed dialog's strings come along although an
 * element never shows them: a few hundred bytes, in a chunk only a Chinese view loads.
 */
export const zh = {
  ...controlsZh,
  ...validationZh,
  ...plotZh,
  ...embedZh,
  ...pageZh,
  ...embedDialogZh,
  ...exportKitButtonZh,
};
