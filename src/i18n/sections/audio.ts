import type { Section } from '../types';

/**
 * The audio trace (parts/AudioTrace.tsx): its buttons, the crosshair-tone choice and its help.
 * Not in the shared catalogue: only the audio control looks these up, with `useT(audio)`.
 */
export const audio = {
  audioHeading: { en: 'Hear the curve', 'zh-CN': '听曲线' },
  audioPlayF: { en: 'Play f', 'zh-CN': '播放 f' },
  audioPlayDf: { en: 'Play f′', 'zh-CN': '播放 f′' },
  audioStop: { en: 'Stop', 'zh-CN': '停止' },
  audioFollow: { en: 'Tone at the crosshair', 'zh-CN': '十字准线处的音调' },
  audioFollowOff: { en: 'Off', 'zh-CN': '关闭' },
  audioHint: {
    en: 'A sweep takes x from the left end of the range to the right in {seconds} seconds. Pitch follows the value: the higher the value on the plot, the higher the tone. The sound moves from the left speaker to the right with x, a click marks each kink, and values below zero sound buzzier. Keys: P plays f, Shift+P plays f′, while the figure has focus. With a crosshair tone chosen, each arrow-key step of the crosshair plays the value there.',
    'zh-CN':
      '一次扫描在 {seconds} 秒内让 x 从输入范围的左端走到右端。音高跟随函数值：图上的值越高，音调越高。声音随 x 从左声道移到右声道，每个折点处有一声短促的“咔嗒”，小于零的值音色更粗糙。快捷键：焦点在图中时，按 P 播放 f，按 Shift+P 播放 f′。选择十字准线处的音调后，用方向键每移动一步十字准线，都会播放该处的值。',
  },
  audioNow: { en: '{q}({x}) = {value}: {hz} Hz', 'zh-CN': '{q}({x}) = {value}：{hz} Hz' },
  audioUnsupported: {
    en: 'This browser cannot play sound here (no Web Audio).',
    'zh-CN': '此浏览器无法在这里播放声音（不支持 Web Audio）。',
  },
} as const satisfies Section;
