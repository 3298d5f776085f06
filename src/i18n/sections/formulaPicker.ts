import type { EnSection } from '../types';

/**
 * The one string of the custom formula that the function picker needs at first load (its
 * option). Kept apart from the editor's section (`formula.ts`), which loads with the editor: a module
 * shared with a lazy part stays whole in the first chunk.
 */
export const formulaPicker = {
  formulaOption: { en: 'Custom formula…' },
  formulaLoadFailedShort: {
    en: 'The formula editor did not load. Try again.',
  },
} as const satisfies EnSection;
