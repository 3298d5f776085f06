import type { Section } from '../types';

/** Strings of the table of values, loaded with it (components/plot/ValueTable.tsx). */
export const plotTable = {
  plotTableCaption: {
    en: 'Values of {names} from x = {min} to {max}: {count} evenly spaced points plus every kink (marked “kink”).',
    'zh-CN':
      '{names} 在 x = {min} 到 {max} 上的取值：{count} 个等距点，外加所有折点（标为“折点”）。',
  },
  plotTableRegion: { en: 'Table of values (scrolls sideways)', 'zh-CN': '数值表（可横向滚动）' },
  plotTableKink: { en: 'kink', 'zh-CN': '折点' },
  plotTableColF: { en: '{name}: f(x)', 'zh-CN': '{name}：f(x)' },
  plotTableColDf: { en: '{name}: f′(x)', 'zh-CN': '{name}：f′(x)' },
} as const satisfies Section;
