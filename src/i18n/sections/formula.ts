import type { Section } from '../types';

/**
 * Strings of the custom-formula editor (loaded with it, on demand): the field, its error
 * messages by the engine's error code, the parameter ranges and the TeX beside the formula.
 */
export const formula = {
  formulaLabel: { en: 'Formula f(x)', 'zh-CN': '公式 f(x)' },
  formulaHint: {
    en: 'In x and named parameters, e.g. x * sigmoid(b * x) or max(0, x) + a * min(0, x).',
    'zh-CN': '用 x 和命名参数书写，例如 x * sigmoid(b * x) 或 max(0, x) + a * min(0, x)。',
  },
  formulaKeptLast: {
    en: 'The plot keeps the last valid formula until this one is fixed.',
    'zh-CN': '在修正之前，图中保留上一个有效公式的曲线。',
  },
  formulaErrorAt: {
    en: 'At character {at}: {problem}.',
    'zh-CN': '第 {at} 个字符处：{problem}。',
  },
  formulaTexHeading: { en: 'f and its derivative f′', 'zh-CN': 'f 及其导数 f′' },
  paramRangeMin: { en: '{key} min', 'zh-CN': '{key} 最小值' },
  paramRangeMax: { en: '{key} max', 'zh-CN': '{key} 最大值' },
  paramRangeInvalid: {
    en: 'The range of {key} must have min < max, both finite and within ±1000000.',
    'zh-CN': '{key} 的范围须满足最小值 < 最大值，且两者都是 ±1000000 以内的有限数。',
  },
  customParamsHint: {
    en: 'Every name other than x is a parameter: default 1, slider from −3 to 3 (edit the ends below).',
    'zh-CN': '除 x 以外的每个名字都是参数：默认为 1，滑块范围 −3 至 3（可在下方修改两端）。',
  },
  // The engine's error codes, as a learner reads them.
  formulaErrEmpty: { en: 'Enter a formula in x.', 'zh-CN': '请输入一个关于 x 的公式。' },
  formulaErrUnexpected: { en: 'unexpected “{token}”', 'zh-CN': '意外的“{token}”' },
  formulaErrUnexpectedEnd: {
    en: 'the formula ends too early',
    'zh-CN': '公式提前结束',
  },
  formulaErrUnbalanced: {
    en: 'unbalanced parentheses',
    'zh-CN': '括号不配对',
  },
  formulaErrUnknownFunction: {
    en: 'unknown function “{token}”',
    'zh-CN': '未知函数“{token}”',
  },
  formulaErrArity: {
    en: '“{token}” takes {expected} arguments',
    'zh-CN': '“{token}”需要 {expected} 个参数',
  },
  formulaErrUnknownKeyword: {
    en: '“{token}” is not a keyword of this function, or is given twice',
    'zh-CN': '“{token}”不是该函数的关键字参数，或重复给出',
  },
  formulaErrXInParam: {
    en: 'a function’s parameter must not depend on x',
    'zh-CN': '函数的参数不能依赖 x',
  },
  formulaErrBadNumber: {
    en: 'the number “{token}” is not finite',
    'zh-CN': '数字“{token}”不是有限数',
  },
  formulaErrTooLong: {
    en: 'the formula is longer than {max} characters',
    'zh-CN': '公式超过 {max} 个字符',
  },
  formulaErrTooDeep: {
    en: 'the formula is nested more than {max} levels deep',
    'zh-CN': '公式嵌套超过 {max} 层',
  },
  formulaErrTooManyParams: {
    en: 'more than {max} parameters',
    'zh-CN': '参数超过 {max} 个',
  },
  formulaErrBadName: {
    en: '“{token}” cannot be used as a parameter name',
    'zh-CN': '“{token}”不能用作参数名',
  },
  formulaErrBadCharacter: {
    en: '“{token}” is not part of the formula language',
    'zh-CN': '公式中不能使用“{token}”',
  },
} as const satisfies Section;

export type FormulaKey = keyof typeof formula;
