import type { plot } from './plot';

/**
 * The Simplified Chinese of `plot.ts`, loaded with the language (src/i18n/languages.ts); the
 * page's first frame, which paints a Chinese plot before that chunk could load, brings it itself.
 */
export const plotZh = {
  plotRegionLabel:
    '{name} 的图像。左右方向键移动十字准线（每个折点都是一个停靠点），Page Up 和 Page Down 一次移动 10 步，Home 和 End 跳到两端。',
  plotKeysHint:
    '将指针悬停在图像上或触摸图像，也可以聚焦后按 ← →（折点也是停靠点）、Page Up/Down、Home/End，读取精确数值。',
  plotTitleF: 'f(x)',
  plotTitleDf: 'f′(x)（虚线）',
  plotTitleX: 'x',
  plotTitleDiff: '差值：{a} − {b}',
  plotLegendLabel: '图例',
  plotLegendStyles: '实线：f(x)，虚线：f′(x)',
  plotLegendZone: '阴影：f′ = 0，梯度无法回传（Dying ReLU 区域）',
  plotLegendDots: '实心点：该点实际取的值；空心点：单侧极限',
  plotLegendDiff: '差值 {a} − {b}',
  plotKinkPyTorch: 'PyTorch：{value}',
  plotKinkSides: '左 {left} · 右 {right}',
  plotKinkTitle: '在 x = {x} 处：左导数 {left}，右导数 {right}；PyTorch 自动求导返回 {value}。',
  plotReadoutLabel: '十字准线处的数值',
  plotReadoutX: 'x = {x}',
  plotReadoutRow: '{name}：f(x) = {f}，f′(x) = {df}',
  plotReadoutDiff: '{name} = {value}',
  plotShowTable: '以表格显示',
  plotHideTable: '隐藏表格',
  plotUnknownFunction: '未知函数“{id}”。',
} as const satisfies Record<keyof typeof plot, string>;
