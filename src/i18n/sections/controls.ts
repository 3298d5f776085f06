import type { Section } from '../types';

/** Strings of the controls part of the UI. */
export const controls = {} as const satisfies Section;
