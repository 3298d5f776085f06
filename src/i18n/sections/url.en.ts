/**
 * The English of the notices about values a host ignored or adjusted (`url.ts` pairs each with
 * its Chinese). The hosts that report them on the console, in English (the element, the React
 * component), import only this file; the hosts that show them on the page import `url.ts`.
 */
export const urlEn = {
  urlUnknownFn: 'Ignored {param}={value}: unknown function.',
  urlNotNumber: 'Ignored {param}={value}: not a finite number.',
  urlClamped: '{param}={value} was clamped to {clamped}.',
  urlParamConflict: 'Ignored {param}={value}: not allowed with the other parameters.',
  urlParamNotApplicable: 'Ignored {param}={value}: {fn} has no parameter {param}.',
  urlUnknownParam: 'Ignored {param}={value}: unknown parameter.',
  urlRepeated: 'Ignored a repeated {param}={value}: only the first one is used.',
  urlRangeOrder: 'Ignored {pairs}: x min must be less than x max.',
  urlRangeTooNarrow: 'Ignored {pairs}: the range must be at least {min} wide.',
  urlCmpUnknown: 'Ignored {value} in {param}: unknown function.',
  urlCmpDuplicate: 'Ignored a duplicate {value} in {param}.',
  urlCmpIsMain: 'Ignored {value} in {param}: it is already the main function.',
  urlCmpTooMany: 'Ignored {value} in {param}: at most {max} functions can be compared.',
  urlBadValue: 'Ignored {param}={value}: expected {expected}.',
  urlBadFormula: 'Ignored {param}={value}: formula error at character {at}.',
  urlFormulaUnavailable: 'Ignored {param}: the formula engine did not load.',
  urlBadParamRange: 'Ignored {param}={value}: a slider range needs finite min < max within ±10⁶.',
  urlDiffNeedsCmp: 'Ignored {param}={value}: there is no compared function to subtract.',
} as const;

/** A notice's message: a key of the URL notices. */
export type NoticeKey = keyof typeof urlEn;
