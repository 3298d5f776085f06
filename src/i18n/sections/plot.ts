import type { Section } from '../types';

/** Strings of the plot part of the UI. */
export const plot = {
  plotRegionLabel: {
    en: 'Plot of {name}. Left and Right arrow keys move the crosshair (every kink is a stop), Page Up and Page Down move 10 steps, Home and End go to the ends.',
    'zh-CN':
      '{name} 的图像。左右方向键移动十字准线（每个折点都是一个停靠点），Page Up 和 Page Down 一次移动 10 步，Home 和 End 跳到两端。',
  },
  plotKeysHint: {
    en: 'Hover or touch the plot, or focus it and press ← → (kinks are stops), Page Up/Down, Home/End, to read exact values.',
    'zh-CN':
      '将指针悬停在图像上或触摸图像，也可以聚焦后按 ← →（折点也是停靠点）、Page Up/Down、Home/End，读取精确数值。',
  },
  plotTitleF: { en: 'f(x)', 'zh-CN': 'f(x)' },
  plotTitleDf: { en: 'f′(x) (dashed)', 'zh-CN': 'f′(x)（虚线）' },
  plotTitleX: { en: 'x', 'zh-CN': 'x' },
  plotTitleDiff: { en: 'Difference: {a} − {b}', 'zh-CN': '差值：{a} − {b}' },
  plotLegendLabel: { en: 'Legend', 'zh-CN': '图例' },
  plotLegendStyles: { en: 'solid: f(x), dashed: f′(x)', 'zh-CN': '实线：f(x)，虚线：f′(x)' },
  plotLegendZone: {
    en: 'shaded: f′ = 0, no gradient flows (dying-ReLU zone)',
    'zh-CN': '阴影：f′ = 0，梯度无法回传（Dying ReLU 区域）',
  },
  plotLegendDots: {
    en: 'filled dot: value used at the point; open dot: limit from one side',
    'zh-CN': '实心点：该点实际取的值；空心点：单侧极限',
  },
  plotLegendDiff: { en: 'difference {a} − {b}', 'zh-CN': '差值 {a} − {b}' },
  plotKinkPyTorch: { en: 'PyTorch: {value}', 'zh-CN': 'PyTorch：{value}' },
  plotKinkSides: { en: 'left {left} · right {right}', 'zh-CN': '左 {left} · 右 {right}' },
  plotKinkTitle: {
    en: 'At x = {x}: derivative from the left {left}, from the right {right}; PyTorch autograd returns {value}.',
    'zh-CN': '在 x = {x} 处：左导数 {left}，右导数 {right}；PyTorch 自动求导返回 {value}。',
  },
  plotReadoutLabel: { en: 'Values at the crosshair', 'zh-CN': '十字准线处的数值' },
  plotReadoutX: { en: 'x = {x}', 'zh-CN': 'x = {x}' },
  plotReadoutRow: {
    en: '{name}: f(x) = {f}, f′(x) = {df}',
    'zh-CN': '{name}：f(x) = {f}，f′(x) = {df}',
  },
  plotReadoutDiff: { en: '{name} = {value}', 'zh-CN': '{name} = {value}' },
  plotShowTable: { en: 'Show as table', 'zh-CN': '以表格显示' },
  plotHideTable: { en: 'Hide table', 'zh-CN': '隐藏表格' },
  plotTableCaption: {
    en: 'Values of {names} from x = {min} to {max}: {count} evenly spaced points plus every kink (marked “kink”).',
    'zh-CN':
      '{names} 在 x = {min} 到 {max} 上的取值：{count} 个等距点，外加所有折点（标为“折点”）。',
  },
  plotTableRegion: { en: 'Table of values (scrolls sideways)', 'zh-CN': '数值表（可横向滚动）' },
  plotTableKink: { en: 'kink', 'zh-CN': '折点' },
  plotTableColF: { en: '{name}: f(x)', 'zh-CN': '{name}：f(x)' },
  plotTableColDf: { en: '{name}: f′(x)', 'zh-CN': '{name}：f′(x)' },
  plotUnknownFunction: { en: 'Unknown function “{id}”.', 'zh-CN': '未知函数“{id}”。' },
} as const satisfies Section;
