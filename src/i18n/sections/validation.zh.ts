import type { validation } from './validation';

/** The Simplified Chinese of `validation.ts`, loaded with the language (src/i18n/languages.ts). */
export const validationZh = {
  errNotNumber: '“{value}”不是数字。',
  errEmpty: '请输入一个数字。',
  errParamOutOfRange: '{name} 必须介于 {min} 与 {max} 之间。',
  errParamConflict: '{name} = {value} 与其他参数的当前取值冲突，不能使用。',
  errRangeOrder: 'x 最小值必须小于 x 最大值。',
  errRangeTooNarrow: 'x 最大值与 x 最小值之差至少为 {min}。',
  errRangeTooWide: 'x 必须在 ±{limit} 以内。',
  errUnknownFunction: '未知函数“{value}”。',
  errUnknownParam: '未知参数“{value}”。',
  errBadValue: '不支持的取值“{value}”。',
  errCompareFull: '最多只能比较 {max} 个函数。',
} as const satisfies Record<keyof typeof validation, string>;
