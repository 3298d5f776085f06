import type { Section } from '../types';

/**
 * Notices about URL parameters that were ignored or adjusted on load. `{param}` and `{value}`
 * are the parameter's name and its raw text (always rendered as text, never as HTML).
 */
export const url = {
  noticesHeading: {
    en: 'Some settings in the address were not used as given:',
    'zh-CN': '地址中的部分设置未按原样采用：',
  },
  noticesDismiss: { en: 'Dismiss these notices', 'zh-CN': '关闭这些提示' },
  urlUnknownFn: {
    en: 'Ignored {param}={value}: unknown function.',
    'zh-CN': '已忽略 {param}={value}：未知函数。',
  },
  urlNotNumber: {
    en: 'Ignored {param}={value}: not a finite number.',
    'zh-CN': '已忽略 {param}={value}：不是有限的数字。',
  },
  urlClamped: {
    en: '{param}={value} was clamped to {clamped}.',
    'zh-CN': '{param}={value} 超出范围，已调整为 {clamped}。',
  },
  urlParamConflict: {
    en: 'Ignored {param}={value}: not allowed with the other parameters.',
    'zh-CN': '已忽略 {param}={value}：与其他参数冲突。',
  },
  urlParamNotApplicable: {
    en: 'Ignored {param}={value}: {fn} has no parameter {param}.',
    'zh-CN': '已忽略 {param}={value}：{fn} 没有参数 {param}。',
  },
  urlUnknownParam: {
    en: 'Ignored {param}={value}: unknown parameter.',
    'zh-CN': '已忽略 {param}={value}：未知参数。',
  },
  urlRepeated: {
    en: 'Ignored a repeated {param}={value}: only the first one is used.',
    'zh-CN': '已忽略重复的 {param}={value}：只采用第一个。',
  },
  urlRangeOrder: {
    en: 'Ignored {pairs}: x min must be less than x max.',
    'zh-CN': '已忽略 {pairs}：x 最小值必须小于 x 最大值。',
  },
  urlRangeTooNarrow: {
    en: 'Ignored {pairs}: the range must be at least {min} wide.',
    'zh-CN': '已忽略 {pairs}：范围宽度至少为 {min}。',
  },
  urlCmpUnknown: {
    en: 'Ignored {value} in {param}: unknown function.',
    'zh-CN': '已忽略 {param} 中的 {value}：未知函数。',
  },
  urlCmpDuplicate: {
    en: 'Ignored a duplicate {value} in {param}.',
    'zh-CN': '已忽略 {param} 中重复的 {value}。',
  },
  urlCmpIsMain: {
    en: 'Ignored {value} in {param}: it is already the main function.',
    'zh-CN': '已忽略 {param} 中的 {value}：它已是当前主函数。',
  },
  urlCmpTooMany: {
    en: 'Ignored {value} in {param}: at most {max} functions can be compared.',
    'zh-CN': '已忽略 {param} 中的 {value}：最多只能比较 {max} 个函数。',
  },
  urlBadValue: {
    en: 'Ignored {param}={value}: expected {expected}.',
    'zh-CN': '已忽略 {param}={value}：应为 {expected}。',
  },
  urlDiffNeedsCmp: {
    en: 'Ignored {param}={value}: there is no compared function to subtract.',
    'zh-CN': '已忽略 {param}={value}：没有可用于求差的对比函数。',
  },
} as const satisfies Section;
