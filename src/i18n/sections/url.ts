import type { Section } from '../types';

/** Strings of the url part of the UI. */
export const url = {} as const satisfies Section;
