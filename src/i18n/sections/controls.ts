import type { Section } from '../types';

/** Strings of the controls: picker, sliders, input range, compare, display toggles. */
export const controls = {
  controlsHeading: { en: 'Controls', 'zh-CN': '控制面板' },
  pickerLabel: { en: 'Activation function', 'zh-CN': '激活函数' },
  familyRelu: { en: 'ReLU family', 'zh-CN': 'ReLU 家族' },
  familySmooth: { en: 'Smooth', 'zh-CN': '平滑型' },
  familySaturating: { en: 'Saturating', 'zh-CN': '饱和型' },
  familyShrink: { en: 'Shrink', 'zh-CN': '收缩型' },

  paramsHeading: { en: 'Parameters', 'zh-CN': '参数' },
  noParams: {
    en: '{name} has no parameters.',
    'zh-CN': '{name} 没有可调参数。',
  },
  paramLabel: { en: '{symbol} ({key})', 'zh-CN': '{symbol}（{key}）' },
  paramValueLabel: { en: '{symbol} ({key}) value', 'zh-CN': '{symbol}（{key}）的值' },
  paramRangeHint: {
    en: 'from {min} to {max}, default {default}',
    'zh-CN': '取值范围 {min} 至 {max}，默认 {default}',
  },
  reset: { en: 'Reset', 'zh-CN': '重置' },
  resetParam: { en: 'Reset {symbol} ({key})', 'zh-CN': '重置 {symbol}（{key}）' },

  rangeHeading: { en: 'Input range', 'zh-CN': '输入范围' },
  xmin: { en: 'x min', 'zh-CN': 'x 最小值' },
  xmax: { en: 'x max', 'zh-CN': 'x 最大值' },
  resetRange: { en: 'Reset input range', 'zh-CN': '重置输入范围' },
  zoomIn: { en: 'Zoom in', 'zh-CN': '放大' },
  zoomOut: { en: 'Zoom out', 'zh-CN': '缩小' },
  zoomInRange: { en: 'Zoom in (halve the input range)', 'zh-CN': '放大（输入范围减半）' },
  zoomOutRange: { en: 'Zoom out (double the input range)', 'zh-CN': '缩小（输入范围加倍）' },
  fieldHint: {
    en: 'Press Enter or leave the field to apply.',
    'zh-CN': '按回车键或离开输入框即可生效。',
  },

  compareHeading: { en: 'Compare', 'zh-CN': '对比' },
  compareAddLabel: { en: 'Function to compare', 'zh-CN': '要对比的函数' },
  compareAdd: { en: 'Add', 'zh-CN': '添加' },
  compareAddNamed: { en: 'Add {name} to comparison', 'zh-CN': '添加 {name} 到对比' },
  compareRemove: { en: 'Remove {name} from comparison', 'zh-CN': '从对比中移除 {name}' },
  compareList: { en: 'Compared functions', 'zh-CN': '对比中的函数' },
  compareEmpty: {
    en: 'Add up to {max} functions to draw them on the same axes (with default parameters).',
    'zh-CN': '最多可添加 {max} 个函数，以默认参数画在同一坐标系中。',
  },
  compareFull: {
    en: 'The comparison is full ({max} functions).',
    'zh-CN': '对比已满（{max} 个函数）。',
  },
  showDifference: {
    en: 'Show the difference {main} − {other}',
    'zh-CN': '显示差值 {main} − {other}',
  },

  displayHeading: { en: 'Display', 'zh-CN': '显示' },
  showDerivative: { en: 'Show derivative f′', 'zh-CN': '显示导数 f′' },
} as const satisfies Section;
