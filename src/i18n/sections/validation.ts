import type { Section } from '../types';

/** Reasons an input was refused or adjusted; shown inline and in notices. */
export const validation = {
  errNotNumber: { en: '“{value}” is not a number.', 'zh-CN': '“{value}”不是数字。' },
  errEmpty: { en: 'Enter a number.', 'zh-CN': '请输入一个数字。' },
  errParamOutOfRange: {
    en: '{name} must be between {min} and {max}.',
    'zh-CN': '{name} 必须介于 {min} 与 {max} 之间。',
  },
  errParamConflict: {
    en: '{name} = {value} is not allowed with the other parameters’ current values.',
    'zh-CN': '{name} = {value} 与其他参数的当前取值冲突，不能使用。',
  },
  errRangeOrder: {
    en: 'x min must be less than x max.',
    'zh-CN': 'x 最小值必须小于 x 最大值。',
  },
  errRangeTooNarrow: {
    en: 'x max − x min must be at least {min}.',
    'zh-CN': 'x 最大值与 x 最小值之差至少为 {min}。',
  },
  errRangeTooWide: {
    en: 'x must stay within ±{limit}.',
    'zh-CN': 'x 必须在 ±{limit} 以内。',
  },
  errUnknownFunction: { en: 'Unknown function “{value}”.', 'zh-CN': '未知函数“{value}”。' },
  errUnknownParam: { en: 'Unknown parameter “{value}”.', 'zh-CN': '未知参数“{value}”。' },
  errBadValue: { en: 'Unsupported value “{value}”.', 'zh-CN': '不支持的取值“{value}”。' },
  errCompareFull: {
    en: 'At most {max} functions can be compared.',
    'zh-CN': '最多只能比较 {max} 个函数。',
  },
} as const satisfies Section;
