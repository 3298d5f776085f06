import type { Section } from '../types';

/** Strings of the plot part of the UI. */
export const plot = {} as const satisfies Section;
