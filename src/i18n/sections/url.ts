import type { Section } from '../types';
import { urlEn } from './url.en';

/**
 * Notices about URL parameters that were ignored or adjusted on load. `{param}` and `{value}`
 * are the parameter's name and its raw text (always rendered as text, never as HTML).
 */
export const url = {
  urlUnknownFn: { en: urlEn.urlUnknownFn, 'zh-CN': '已忽略 {param}={value}：未知函数。' },
  urlNotNumber: { en: urlEn.urlNotNumber, 'zh-CN': '已忽略 {param}={value}：不是有限的数字。' },
  urlClamped: { en: urlEn.urlClamped, 'zh-CN': '{param}={value} 超出范围，已调整为 {clamped}。' },
  urlParamConflict: {
    en: urlEn.urlParamConflict,
    'zh-CN': '已忽略 {param}={value}：与其他参数冲突。',
  },
  urlParamNotApplicable: {
    en: urlEn.urlParamNotApplicable,
    'zh-CN': '已忽略 {param}={value}：{fn} 没有参数 {param}。',
  },
  urlUnknownParam: { en: urlEn.urlUnknownParam, 'zh-CN': '已忽略 {param}={value}：未知参数。' },
  urlRepeated: { en: urlEn.urlRepeated, 'zh-CN': '已忽略重复的 {param}={value}：只采用第一个。' },
  urlRangeOrder: {
    en: urlEn.urlRangeOrder,
    'zh-CN': '已忽略 {pairs}：x 最小值必须小于 x 最大值。',
  },
  urlRangeTooNarrow: {
    en: urlEn.urlRangeTooNarrow,
    'zh-CN': '已忽略 {pairs}：范围宽度至少为 {min}。',
  },
  urlCmpUnknown: { en: urlEn.urlCmpUnknown, 'zh-CN': '已忽略 {param} 中的 {value}：未知函数。' },
  urlCmpDuplicate: { en: urlEn.urlCmpDuplicate, 'zh-CN': '已忽略 {param} 中重复的 {value}。' },
  urlCmpIsMain: {
    en: urlEn.urlCmpIsMain,
    'zh-CN': '已忽略 {param} 中的 {value}：它已是当前主函数。',
  },
  urlCmpTooMany: {
    en: urlEn.urlCmpTooMany,
    'zh-CN': '已忽略 {param} 中的 {value}：最多只能比较 {max} 个函数。',
  },
  urlBadValue: { en: urlEn.urlBadValue, 'zh-CN': '已忽略 {param}={value}：应为 {expected}。' },
  urlBadFormula: {
    en: urlEn.urlBadFormula,
    'zh-CN': '已忽略 {param}={value}：公式第 {at} 个字符处有错。',
  },
  urlFormulaUnavailable: {
    en: urlEn.urlFormulaUnavailable,
    'zh-CN': '已忽略 {param}：公式引擎加载失败。',
  },
  urlBadParamRange: {
    en: urlEn.urlBadParamRange,
    'zh-CN': '已忽略 {param}={value}：滑块范围须为 ±10⁶ 以内的有限数，且最小值 < 最大值。',
  },
  urlDiffNeedsCmp: {
    en: urlEn.urlDiffNeedsCmp,
    'zh-CN': '已忽略 {param}={value}：没有可用于求差的对比函数。',
  },
} as const satisfies Section;

export type { NoticeKey } from './url.en';
