import type { EnSection } from '../types';

/** Reasons an input was refused or adjusted; shown inline and in notices. */
export const validation = {
  errNotNumber: { en: '“{value}” is not a number.' },
  errEmpty: { en: 'Enter a number.' },
  errParamOutOfRange: {
    en: '{name} must be between {min} and {max}.',
  },
  errParamConflict: {
    en: '{name} = {value} is not allowed with the other parameters’ current values.',
  },
  errRangeOrder: {
    en: 'x min must be less than x max.',
  },
  errRangeTooNarrow: {
    en: 'x max − x min must be at least {min}.',
  },
  errRangeTooWide: {
    en: 'x must stay within ±{limit}.',
  },
  errUnknownFunction: { en: 'Unknown function “{value}”.' },
  errUnknownParam: { en: 'Unknown parameter “{value}”.' },
  errBadValue: { en: 'Unsupported value “{value}”.' },
  errCompareFull: {
    en: 'At most {max} functions can be compared.',
  },
} as const satisfies EnSection;
