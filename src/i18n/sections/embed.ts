import type { Section } from '../types';

/** Strings of the embed part of the UI. */
export const embed = {} as const satisfies Section;
