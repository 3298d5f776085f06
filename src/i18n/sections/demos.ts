import type { Section } from '../types';

/** Strings of the demos part of the UI. */
export const demos = {} as const satisfies Section;
