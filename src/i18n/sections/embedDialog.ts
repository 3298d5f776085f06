import type { EnSection } from '../types';

/**
 * The "Embed this view" dialogs (the explorer's and the demos') and the iframe snippet's title.
 * Not in the shared catalogue: only those dialogs look these up, with `useT(embedDialog)`.
 */
export const embedDialog = {
  embedButton: { en: 'Embed this view' },
  embedFigureTitle: {
    en: 'Activation Explorer: {name}',
  },
  embedButtonLabel: {
    en: 'Embed this view: show HTML to put this figure in another page',
  },
  embedIntro: {
    en: 'Paste one of these into your page. Both show the current function, parameters and range.',
  },
  embedControlsLabel: {
    en: 'Controls to show (comma list, e.g. alpha,range; all or none)',
  },
  embedIframeLabel: { en: 'Iframe HTML' },
  embedWcLabel: { en: 'Web component HTML' },
  embedCopyIframe: { en: 'Copy the iframe HTML' },
  embedCopyWc: { en: 'Copy the web component HTML' },
} as const satisfies EnSection;
