import type { Section } from '../types';

/**
 * The export kit (src/export/kit/): animations, pictures with alt text and captions, QR codes,
 * for platforms without iframes. Only the lazily loaded kit panel and the files it makes look
 * these up (`useT(exportKit)`, `translator(lang, exportKit)`); the button that opens the panel
 * has its two strings in `exportKitButton.ts`, so the page's first chunk carries no more.
 */
export const exportKit = {
  kitHeading: {
    en: 'Pictures, animations and QR codes',
    'zh-CN': '图片、动画和二维码',
  },
  kitIntro: {
    en: 'For platforms that show no interactive figure: save this view as a picture with alt text, as an animation, or as a QR code that opens it.',
    'zh-CN':
      '适用于无法显示交互式图形的平台：将此视图保存为带替代文本的图片、动画，或能打开此视图的二维码。',
  },
  kitFormatLabel: { en: 'What to make', 'zh-CN': '生成内容' },
  kitFormatGif: { en: 'Animated GIF', 'zh-CN': 'GIF 动画' },
  kitFormatVideo: { en: 'Video ({container})', 'zh-CN': '视频（{container}）' },
  kitFormatSvg: { en: 'SVG with alt text', 'zh-CN': '带替代文本的 SVG' },
  kitFormatPng: { en: 'PNG with alt text', 'zh-CN': '带替代文本的 PNG' },
  kitFormatQr: { en: 'QR code of this view', 'zh-CN': '此视图的二维码' },
  kitSweepLabel: { en: 'Animate', 'zh-CN': '动画变化的量' },
  kitSweepRange: { en: 'x range (zoom)', 'zh-CN': 'x 的范围（缩放）' },
  kitSweepParam: { en: 'parameter {symbol} ({key})', 'zh-CN': '参数 {symbol}（{key}）' },
  kitFromLabel: { en: 'From', 'zh-CN': '起始值' },
  kitToLabel: { en: 'To', 'zh-CN': '终止值' },
  kitFromRangeLabel: { en: 'From half-width', 'zh-CN': '起始半宽' },
  kitToRangeLabel: { en: 'To half-width', 'zh-CN': '终止半宽' },
  kitFramesLabel: { en: 'Frames', 'zh-CN': '帧数' },
  kitMake: { en: 'Make', 'zh-CN': '生成' },
  kitWorking: {
    en: 'Working… frame {frame} of {frames}',
    'zh-CN': '正在生成……第 {frame}/{frames} 帧',
  },
  kitWorkingStill: { en: 'Working…', 'zh-CN': '正在生成……' },
  kitDone: { en: 'Ready: {file}', 'zh-CN': '已生成：{file}' },
  kitFailed: { en: 'Could not make the file: {reason}', 'zh-CN': '无法生成文件：{reason}' },
  kitDownload: { en: 'Download {file}', 'zh-CN': '下载 {file}' },
  kitPreviewLabel: { en: 'Preview of {file}', 'zh-CN': '{file} 的预览' },
  kitAltHeading: { en: 'Alt text', 'zh-CN': '替代文本' },
  kitAltHint: {
    en: 'Paste it as the picture’s description where you upload it (it is also in the file).',
    'zh-CN': '上传图片时把它粘贴为图片描述（文件中也已写入）。',
  },
  kitCopyAlt: { en: 'Copy the alt text', 'zh-CN': '复制替代文本' },
  kitCaptionHeading: { en: 'Caption:', 'zh-CN': '图注：' },
  kitUrlHeading: { en: 'Link in the QR code:', 'zh-CN': '二维码中的链接：' },
  kitClose: { en: 'Close', 'zh-CN': '关闭' },

  // Captions, burned into the pictures and frames.
  kitCaption: {
    en: '{functions}; x from {xmin} to {xmax}',
    'zh-CN': '{functions}；x 从 {xmin} 到 {xmax}',
  },
  kitCaptionSweepParam: {
    en: '{functions}; {symbol} sweeps from {from} to {to}',
    'zh-CN': '{functions}；{symbol} 从 {from} 变到 {to}',
  },
  kitCaptionSweepRange: {
    en: '{functions}; x from {xmin} to {xmax} (zooming from ±{from} to ±{to})',
    'zh-CN': '{functions}；x 从 {xmin} 到 {xmax}（范围从 ±{from} 缩放到 ±{to}）',
  },
  kitListJoin: { en: ', ', 'zh-CN': '、' },
  kitCompared: { en: '{main} compared with {others}', 'zh-CN': '{main} 与 {others} 对比' },

  // Alt text: every sentence is computed from the plot model (describe.ts).
  kitAltPlot: {
    en: 'Line chart of {name} for x from {xmin} to {xmax}.',
    'zh-CN': '{name} 在 x 从 {xmin} 到 {xmax} 上的折线图。',
  },
  kitAltPlotDf: {
    en: 'Line chart of {name} and its derivative f′ for x from {xmin} to {xmax}, in two panels.',
    'zh-CN': '{name} 及其导数 f′ 在 x 从 {xmin} 到 {xmax} 上的折线图，分上下两个面板。',
  },
  kitAltCompared: {
    en: 'Also drawn for comparison, with their default parameters: {names}.',
    'zh-CN': '同时画出用于对比的函数（取默认参数）：{names}。',
  },
  kitAltDifference: {
    en: 'A further panel shows the difference {a} − {b}.',
    'zh-CN': '另一个面板显示差值 {a} − {b}。',
  },
  kitAltEnds: {
    en: 'f goes from {fa} at x = {xmin} to {fb} at x = {xmax}.',
    'zh-CN': 'f 从 x = {xmin} 处的 {fa} 变到 x = {xmax} 处的 {fb}。',
  },
  kitAltIncreasing: { en: 'It rises throughout.', 'zh-CN': '它在整个区间上单调递增。' },
  kitAltNondecreasing: {
    en: 'It never decreases.',
    'zh-CN': '它从不减小（单调不减）。',
  },
  kitAltDecreasing: { en: 'It falls throughout.', 'zh-CN': '它在整个区间上单调递减。' },
  kitAltNonincreasing: { en: 'It never increases.', 'zh-CN': '它从不增大（单调不增）。' },
  kitAltExtremes: {
    en: 'Its lowest value is {min} at x = {xlo} and its highest {max} at x = {xhi}.',
    'zh-CN': '它的最小值为 {min}（x = {xlo}），最大值为 {max}（x = {xhi}）。',
  },
  kitAltDfRange: {
    en: 'f′ stays between {lo} and {hi}.',
    'zh-CN': 'f′ 的取值在 {lo} 与 {hi} 之间。',
  },
  kitAltDfConstant: { en: 'f′ is {value} everywhere shown.', 'zh-CN': 'f′ 在图中处处为 {value}。' },
  kitAltZero: {
    en: 'f′ is exactly 0 for x in {interval}: no gradient flows there.',
    'zh-CN': '当 x ∈ {interval} 时 f′ 恰好为 0：梯度无法从这里传回。',
  },
  kitAltKink: {
    en: 'At x = {x} f has a kink: f′ jumps from {left} to {right}.',
    'zh-CN': '在 x = {x} 处 f 有一个折点：f′ 从 {left} 跳到 {right}。',
  },
  kitAltJump: {
    en: 'At x = {x} f jumps from {left} to {right}.',
    'zh-CN': '在 x = {x} 处 f 从 {left} 跳到 {right}。',
  },
  kitAltMoreKinks: {
    en: 'There are {count} more points like this in the range.',
    'zh-CN': '该范围内还有 {count} 个这样的点。',
  },
  kitAltAnimation: {
    en: 'Animation in {frames} frames: {what}. Its first frame:',
    'zh-CN': '共 {frames} 帧的动画：{what}。第一帧：',
  },
  kitAltSweepParam: {
    en: '{symbol} goes from {from} to {to}',
    'zh-CN': '{symbol} 从 {from} 变到 {to}',
  },
  kitAltSweepRange: {
    en: 'the x range zooms from ±{from} to ±{to} about x = {centre}',
    'zh-CN': 'x 的范围以 x = {centre} 为中心从 ±{from} 缩放到 ±{to}',
  },
  kitAbout: { en: 'about {n}', 'zh-CN': '约 {n}' },

  // Notices about the export parameters in the address (url.ts has the state's).
  kitNoticeUnknownFormat: {
    en: 'Ignored export={value}: use gif, video, svg, png or qr.',
    'zh-CN': '已忽略 export={value}：请使用 gif、video、svg、png 或 qr。',
  },
  kitNoticeNeedsExport: {
    en: 'Ignored {param}={value}: it only applies with export=gif or export=video.',
    'zh-CN': '已忽略 {param}={value}：它只在 export=gif 或 export=video 时适用。',
  },
  kitNoticeRepeated: {
    en: 'Ignored a repeated {param}={value}: only the first one is used.',
    'zh-CN': '已忽略重复的 {param}={value}：只采用第一个。',
  },
  kitNoticeSweep: {
    en: 'Ignored sweep={value}: use range or a parameter of {fn} ({keys}).',
    'zh-CN': '已忽略 sweep={value}：请使用 range 或 {fn} 的参数（{keys}）。',
  },
  kitNoticeSweepNone: {
    en: 'Ignored sweep={value}: use range ({fn} has no parameters).',
    'zh-CN': '已忽略 sweep={value}：请使用 range（{fn} 没有参数）。',
  },
  kitNoticeValue: {
    en: 'Ignored {param}={value}: not a value {target} can take here.',
    'zh-CN': '已忽略 {param}={value}：{target} 在此不能取这个值。',
  },
  kitNoticeSame: {
    en: 'Ignored to={value}: it must differ from from.',
    'zh-CN': '已忽略 to={value}：它必须与 from 不同。',
  },
  kitNoticeFrames: {
    en: 'Ignored frames={value}: use a whole number from {min} to {max}.',
    'zh-CN': '已忽略 frames={value}：请使用 {min} 到 {max} 之间的整数。',
  },
  kitNoticeNoVideo: {
    en: 'This browser cannot record video, so a GIF was made instead.',
    'zh-CN': '此浏览器无法录制视频，已改为生成 GIF。',
  },
} as const satisfies Section;
