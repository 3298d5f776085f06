import type { Range } from '../types';

/** Longest accepted source, in UTF-16 code units. */
export const MAX_LENGTH = 500;
/** Deepest accepted nesting (parentheses, calls, powers, unary signs). */
export const MAX_DEPTH = 64;
/** Most free parameters. */
export const MAX_PARAMS = 16;
/** The range `activation.kinks(p)` searches (the explorer's x range is within ±1e6). */
export const DEFAULT_KINK_RANGE: Range = [-1e6, 1e6];
