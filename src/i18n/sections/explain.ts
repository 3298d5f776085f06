import type { Section } from '../types';

/** Strings of the explain part of the UI. */
export const explain = {} as const satisfies Section;
