import type { Translate } from '../catalogue';
import type { Section } from '../types';
import { demosDistribution } from './demosDistribution';

/**
 * Strings of the "Why ReLU works" demos. Not merged into the first-load catalogue: the demos
 * load lazily and look these up with `useT(demos)` or `translator(lang, demos)`. The one string
 * the explorer itself shows, the link to the demos, lives in `demosNav.ts`.
 */
export const demos = {
  demoPageTitle: { en: 'Why ReLU works', 'zh-CN': 'ReLU 为何有效' },
  demoDocTitle: { en: '{title} — {app}', 'zh-CN': '{title} — {app}' },
  demoPageIntro: {
    en: 'Claims about ReLU and its variants, each a live experiment whose conditions you can change. The work runs in your browser, off the main thread, from a fixed seed: the same link shows the same result.',
    'zh-CN':
      '关于 ReLU 及其变体的几个论断，每个都是一个可调整条件的实时实验。计算在你的浏览器中、主线程之外进行，并使用固定的随机种子：同一个链接总是得到同样的结果。',
  },
  demoNavBack: { en: 'Back to the explorer', 'zh-CN': '返回探索器' },
  demoNavAll: { en: 'All demos', 'zh-CN': '全部演示' },
  demoOpenAlone: { en: 'Open this demo on its own', 'zh-CN': '单独打开此演示' },
  demoEmbed: { en: 'Embed this demo', 'zh-CN': '嵌入此演示' },
  demoEmbedLabel: {
    en: 'Embed this demo: show HTML to put it in another page',
    'zh-CN': '嵌入此演示：显示将其放入其他网页的 HTML',
  },
  demoEmbedIntro: {
    en: 'Paste this into your page: it shows this demo with its current settings and language, and readers can change them.',
    'zh-CN': '将这段 HTML 粘贴到你的网页中：它以当前的设置和语言显示此演示，读者也可以自行调整。',
  },
  demoEmbedIframeOnly: {
    en: 'Demos embed by iframe only: the <activation-explorer> web component and the React component show the explorer, not the demos.',
    'zh-CN':
      '演示只能通过 iframe 嵌入：<activation-explorer> Web 组件和 React 组件只显示探索器，不包含演示。',
  },
  demoNavLabel: { en: 'Demos', 'zh-CN': '演示' },

  demoUrlRounded: {
    en: '{param}={value} was rounded to {rounded}.',
    'zh-CN': '{param}={value} 已取整为 {rounded}。',
  },
  demoUrlTooFew: {
    en: 'Ignored {param}={value}: choose at least {min} function.',
    'zh-CN': '已忽略 {param}={value}：至少需要选择 {min} 个函数。',
  },
  demoUrlReference: {
    en: 'Ignored {value} in {param}: ReLU is always measured, as the reference.',
    'zh-CN': '已忽略 {param} 中的 {value}：ReLU 总会被测量，作为基准。',
  },

  demoSeed: { en: 'Seed', 'zh-CN': '随机种子' },
  demoSeedHint: {
    en: 'Whole number from 0 to 999999: the same seed gives the same numbers.',
    'zh-CN': '0 到 999999 之间的整数：相同的种子得到相同的结果。',
  },
  demoSeedInvalid: {
    en: 'The seed must be a whole number from 0 to 999999.',
    'zh-CN': '随机种子必须是 0 到 999999 之间的整数。',
  },
  demoFunctions: { en: 'Functions (at most {max})', 'zh-CN': '函数（最多 {max} 个）' },
  demoSettings: { en: 'Settings', 'zh-CN': '设置' },
  demoWorking: { en: 'Computing…', 'zh-CN': '计算中…' },
  demoComputeProgress: { en: 'Computation progress', 'zh-CN': '计算进度' },
  demoError: { en: 'The computation failed: {message}', 'zh-CN': '计算失败：{message}' },
  demoLegend: { en: 'Legend', 'zh-CN': '图例' },
  demoSummary: { en: 'Result in words', 'zh-CN': '结果概述' },
  demoNone: { en: '—', 'zh-CN': '—' },
  demoPercent: { en: '{value} %', 'zh-CN': '{value}%' },
  demoTimes: { en: '{value}×', 'zh-CN': '{value} 倍' },

  demoPlay: { en: 'Play', 'zh-CN': '运行' },
  demoPause: { en: 'Pause', 'zh-CN': '暂停' },
  demoStep: { en: 'Step +{n}', 'zh-CN': '前进 {n} 步' },
  demoReset: { en: 'Reset', 'zh-CN': '重置' },
  demoTrainControls: { en: 'Training', 'zh-CN': '训练' },
  demoStatusReady: { en: 'Ready', 'zh-CN': '就绪' },
  demoStatusRunning: { en: 'Training', 'zh-CN': '训练中' },
  demoStatusPaused: { en: 'Paused', 'zh-CN': '已暂停' },
  demoStatusDone: { en: 'Done', 'zh-CN': '已完成' },
  demoStatusError: { en: 'Stopped by an error', 'zh-CN': '因错误停止' },
  demoStepOf: { en: 'Step {step} of {target}', 'zh-CN': '第 {step} / {target} 步' },
  demoTrainProgress: { en: 'Training progress', 'zh-CN': '训练进度' },
  demoStepAxis: { en: 'training step', 'zh-CN': '训练步数' },

  demoCostTitle: {
    en: '1. Cost: ReLU is cheap to compute',
    'zh-CN': '1. 计算开销：ReLU 的计算很便宜',
  },
  demoCostLead: {
    en: 'ReLU is one comparison per element, max(0, x), and its derivative another; ELU, SiLU, sigmoid and tanh need an exponential, and GELU the error function erf, each evaluated as a polynomial or rational approximation of tens of operations. So expect them to take several times as long per element as ReLU; how many times depends on the JavaScript engine and on the array length (the longest array here does not fit in the processor’s L2 cache, and then every function also waits for memory), so measure it below. In a GPU framework such as PyTorch these element-wise kernels are limited by memory traffic rather than arithmetic, and take little time next to the matrix multiplications around them.',
    'zh-CN':
      'ReLU 对每个元素只做一次比较 max(0, x)，导数也只需一次比较；而 ELU、SiLU、sigmoid 和 tanh 需要计算指数函数，GELU 需要误差函数 erf，它们都要用几十次运算的多项式或有理函数来近似。因此可以预期，它们每个元素的耗时是 ReLU 的数倍；具体是几倍取决于 JavaScript 引擎和数组长度（这里最长的数组放不进处理器的 L2 缓存，这时每个函数都还要等待内存读写），请在下面实测。在 PyTorch 这样的 GPU 框架中，这类逐元素运算受限于内存带宽而不是算术运算，与前后的矩阵乘法相比只占很少的时间。',
  },
  demoCostSize: { en: 'Array length', 'zh-CN': '数组长度' },
  demoCostRun: { en: 'Run benchmark', 'zh-CN': '运行基准测试' },
  demoCostStop: { en: 'Stop', 'zh-CN': '停止' },
  demoCostProgress: { en: 'Benchmark progress', 'zh-CN': '基准测试进度' },
  demoCostIdle: {
    en: 'Press “Run benchmark” to time each function here, in your own browser.',
    'zh-CN': '点击“运行基准测试”，在你自己的浏览器中为每个函数计时。',
  },
  demoCostChartTitle: {
    en: 'Time per element relative to ReLU (bar: median run; whisker: middle half of the runs)',
    'zh-CN': '每个元素的耗时，相对于 ReLU（条形：中位数；须线：中间一半的运行结果）',
  },
  demoCostAxis: { en: 'times ReLU’s time', 'zh-CN': 'ReLU 耗时的倍数' },
  demoCostF: { en: 'f', 'zh-CN': 'f' },
  demoCostDf: { en: 'f′', 'zh-CN': 'f′' },
  demoCostCaption: {
    en: 'Nanoseconds per element (median of {reps} runs over {n} elements)',
    'zh-CN': '每个元素的纳秒数（{n} 个元素，{reps} 次运行的中位数）',
  },
  demoCostFunction: { en: 'Function', 'zh-CN': '函数' },
  demoCostNsF: { en: 'f (ns)', 'zh-CN': 'f（纳秒）' },
  demoCostNsDf: { en: 'f′ (ns)', 'zh-CN': 'f′（纳秒）' },
  demoCostRelF: { en: 'f vs ReLU', 'zh-CN': 'f 相对 ReLU' },
  demoCostRelDf: { en: 'f′ vs ReLU', 'zh-CN': 'f′ 相对 ReLU' },
  demoCostBaseline: {
    en: 'A plain copy loop, the floor for any JavaScript kernel, takes {ns} ns per element.',
    'zh-CN': '一个简单的复制循环（任何 JavaScript 计算的下限）每个元素耗时 {ns} 纳秒。',
  },
  demoCostSummaryRow: {
    en: '{name}: f {f} ns per element ({fx} ReLU), f′ {df} ns ({dfx} ReLU).',
    'zh-CN': '{name}：f 每个元素 {f} 纳秒（ReLU 的 {fx}），f′ {df} 纳秒（ReLU 的 {dfx}）。',
  },
  demoCostSpread: {
    en: 'Timings vary from run to run and machine to machine; the whiskers show this run’s spread.',
    'zh-CN': '耗时会因每次运行和每台机器而异；须线显示了本次测量的波动范围。',
  },
  demoCostRange: {
    en: 'Here f took from {min} ({minName}) to {max} ({maxName}) ReLU’s time per element.',
    'zh-CN':
      '本次测量中，各函数 f 每个元素的耗时是 ReLU 的 {min}（{minName}）到 {max}（{maxName}）。',
  },
  demoCostAllTwice: {
    en: 'Every function measured took at least twice as long as ReLU, as expected.',
    'zh-CN': '所有被测函数的耗时都至少是 ReLU 的两倍，与预期相符。',
  },
  demoCostSomeTwice: {
    en: '{count} of the {total} functions measured took at least twice as long as ReLU here; the others took less.',
    'zh-CN': '在 {total} 个被测函数中，有 {count} 个的耗时至少是 ReLU 的两倍，其余不到两倍。',
  },
  demoCostNoneTwice: {
    en: 'None took even twice as long as ReLU here: at this array length, in this browser, the extra arithmetic hardly shows.',
    'zh-CN':
      '这里没有一个函数的耗时达到 ReLU 的两倍：在这个数组长度和这个浏览器中，额外的运算几乎没有体现出来。',
  },

  demoDepthTitle: {
    en: '2. Gradient flow: vanishing and exploding gradients through depth',
    'zh-CN': '2. 梯度流：深度网络中的梯度消失与梯度爆炸',
  },
  demoDepthLead: {
    en: 'A randomly initialised network, 256 random inputs, one backward pass and no training: the size of the gradient that reaches each layer. On its way back, each layer multiplies the gradient by its weights and by the slopes f′(z) of its neurons; on average over random weights, the squared gradient changes per layer by a factor of about n·Var(w) × mean f′(z)². Below 1, the gradient shrinks towards the input: a vanishing gradient. Above 1, it grows: an exploding gradient. At gain 1, He initialisation, Var(w) = 2/n, makes the factor 1 for ReLU, whose slope is 1 on the positive half of its inputs and 0 on the rest; Xavier, Var(w) = 1/n here, makes it 1 for a function whose slope is 1 everywhere, as tanh’s is near 0. The gain multiplies Var(w) by its square. Sigmoid’s slope is at most ¼, so its factor stays below 1 at every setting here. One network can be lucky or unlucky, so each setting runs on 8 networks (seeds s to s + 7) and the chart shows their median and range.',
    'zh-CN':
      '一个随机初始化的网络、256 个随机输入、一次反向传播、不做任何训练：观察到达每一层的梯度有多大。梯度每向回传一层，都要乘上该层的权重和各神经元的斜率 f′(z)；对随机权重取平均，梯度的平方每经过一层大约乘以 n·Var(w) × f′(z)² 的均值。这个因子小于 1，梯度就向输入方向逐层缩小，即梯度消失；大于 1，梯度就逐层增大，即梯度爆炸。增益为 1 时，He 初始化取 Var(w) = 2/n，恰好让 ReLU 的因子为 1：ReLU 在正半轴的输入上斜率为 1，其余为 0；Xavier 初始化在这里取 Var(w) = 1/n，让处处斜率为 1 的函数因子为 1，tanh 在 0 附近正是如此。权重增益会把 Var(w) 乘以它的平方。sigmoid 的斜率最大只有 ¼，所以在这里的任何设置下，它的因子都小于 1。单个网络的结果可能恰好偏高或偏低，所以每组设置都在 8 个网络上运行（随机种子 s 到 s + 7），图中画出它们的中位数和范围。',
  },
  demoWidth: { en: 'Width (neurons per layer)', 'zh-CN': '宽度（每层神经元数）' },
  demoLayers: { en: 'Depth (hidden layers)', 'zh-CN': '深度（隐藏层数）' },
  demoInit: { en: 'Initialisation', 'zh-CN': '初始化' },
  demoInitHe: { en: 'He (Kaiming)', 'zh-CN': 'He（Kaiming）' },
  demoInitXavier: { en: 'Xavier (Glorot)', 'zh-CN': 'Xavier（Glorot）' },
  demoGain: { en: 'Weight gain', 'zh-CN': '权重增益' },
  demoDepthBandTitle: {
    en: 'Gradient at each layer relative to layer {depth} (log scale): median of {seeds} networks (line) and their range (band)',
    'zh-CN':
      '各层梯度相对于第 {depth} 层的倍数（对数坐标）：{seeds} 个网络的中位数（曲线）与范围（色带）',
  },
  demoDepthBandOff: {
    en: 'Where a network passes no gradient at all, the band runs off the bottom of the chart: 0 has no place on a log scale.',
    'zh-CN': '某个网络完全没有梯度传到时，色带会延伸到图的底部之外：0 无法画在对数坐标上。',
  },
  demoDepthZeroTitle: {
    en: 'Share of activations exactly 0 at each layer (mean of {seeds} networks)',
    'zh-CN': '各层中恰好为 0 的激活值占比（{seeds} 个网络的平均）',
  },
  demoLayerAxis: { en: 'layer (1 = next to the input)', 'zh-CN': '层（1 = 紧邻输入）' },
  demoDepthTableCaption: {
    en: 'Layer 1 against layer {depth} in {seeds} networks (seeds {from} to {to}); n·Var(w) = {nv}',
    'zh-CN':
      '第 1 层与第 {depth} 层的比较，共 {seeds} 个网络（随机种子 {from} 到 {to}）；n·Var(w) = {nv}',
  },
  demoDepthColMedian: {
    en: 'Layer 1 ÷ layer {depth}: median (range)',
    'zh-CN': '第 1 层 ÷ 第 {depth} 层：中位数（范围）',
  },
  demoDepthColSlope: { en: 'Mean f′(z)²', 'zh-CN': 'f′(z)² 均值' },
  demoDepthColFactor: {
    en: 'Per layer: n·Var(w) × mean f′(z)²',
    'zh-CN': '每层因子：n·Var(w) × f′(z)² 均值',
  },
  demoDepthColFlat: {
    en: 'Flat: |f′(z)| below a tenth of its peak',
    'zh-CN': '平坦区：|f′(z)| 不到其峰值的十分之一',
  },
  demoDepthMedianRange: { en: '{median} ({min} to {max})', 'zh-CN': '{median}（{min}～{max}）' },
  demoDepthRow: {
    en: '{name}: the gradient at layer 1 is {median} times the one at layer {depth} (median of {seeds} networks; from {min} to {max}): {verdict}.',
    'zh-CN':
      '{name}：第 1 层的梯度是第 {depth} 层的 {median} 倍（{seeds} 个网络的中位数，范围 {min}～{max}）：{verdict}。',
  },
  demoDepthVanish: {
    en: 'it shrinks towards the input, a vanishing gradient',
    'zh-CN': '梯度向输入方向逐层缩小，出现梯度消失',
  },
  demoDepthExplode: {
    en: 'it grows towards the input, an exploding gradient',
    'zh-CN': '梯度向输入方向逐层增大，出现梯度爆炸',
  },
  demoDepthLevel: {
    en: 'within a factor of {k} either way, neither vanishing nor exploding at this depth',
    'zh-CN': '两者相差不到 {k} 倍，在这个深度下既没有梯度消失，也没有梯度爆炸',
  },
  demoDepthDeadRow: {
    en: '{name}: in {count} of {seeds} networks the gradient at layer 1 is exactly 0, the extreme of a vanishing gradient: for each input, some layer on the way back has f′(z) = 0 at every neuron, so nothing passes.',
    'zh-CN':
      '{name}：{seeds} 个网络中有 {count} 个在第 1 层的梯度恰好为 0，这是梯度消失的极端情形：对每个输入，反向传播途中总有某一层所有神经元的 f′(z) 都是 0，梯度完全传不过去。',
  },
  demoDepthSomeDead: {
    en: 'In {count} of the {seeds} networks no gradient at all reaches layer 1.',
    'zh-CN': '{seeds} 个网络中有 {count} 个的梯度完全到达不了第 1 层（恰好为 0）。',
  },
  demoDepthWide: {
    en: 'The {seeds} networks differ by a factor of {spread} at layer 1: one network (one seed) alone can look much better or worse than the median.',
    'zh-CN':
      '这 {seeds} 个网络在第 1 层相差 {spread} 倍：只看一个网络（一个随机种子），结果可能比中位数好得多，也可能差得多。',
  },
  demoDepthWhyCap: {
    en: 'Why: {name}’s slope is never above {peak}, so each layer multiplies the squared gradient by at most {nv} × {peak}² = {bound}, below 1, whatever its inputs. Only {flat} of its inputs here are saturated (slope below a tenth of {peak}): the cap on the slope, not saturation, makes the gradient vanish.',
    'zh-CN':
      '原因：{name} 的斜率从不超过 {peak}，所以无论输入如何，梯度的平方每经过一层最多乘以 {nv} × {peak}² = {bound}，小于 1。这里只有 {flat} 的输入处于饱和区（斜率不到 {peak} 的十分之一）：造成梯度消失的是斜率的上限，而不是饱和。',
  },
  demoDepthWhyCapSaturated: {
    en: 'Why: {name}’s slope is never above {peak}, so each layer multiplies the squared gradient by at most {nv} × {peak}² = {bound}, below 1, whatever its inputs; and {flat} of its inputs here are saturated (slope below a tenth of {peak}), which shrinks it further.',
    'zh-CN':
      '原因：{name} 的斜率从不超过 {peak}，所以无论输入如何，梯度的平方每经过一层最多乘以 {nv} × {peak}² = {bound}，小于 1；而且这里有 {flat} 的输入处于饱和区（斜率不到 {peak} 的十分之一），梯度缩小得更快。',
  },
  demoDepthWhyHe: {
    en: 'Why: at gain 1, He initialisation sets Var(w) = 2/n for ReLU, whose mean f′(z)² is about ½ (slope 1 on half its inputs), so that 2 × ½ = 1 per layer. {name}’s mean f′(z)² here is {e}, above ½, so each layer multiplies the squared gradient by about 2 × {e} = {chi}, more than 1, and over {layers} layers that compounds.',
    'zh-CN':
      '原因：增益为 1 时，He 初始化是按 ReLU 设定 Var(w) = 2/n 的：ReLU 只在一半输入上斜率为 1，f′(z)² 的均值约为 ½，于是每层 2 × ½ = 1。这里 {name} 的 f′(z)² 均值为 {e}，大于 ½，所以梯度的平方每层大约乘以 2 × {e} = {chi}，大于 1，经过 {layers} 层不断累积。',
  },
  demoDepthWhyGrows: {
    en: 'Why: {name}’s mean f′(z)² here is {e} and n·Var(w) = {nv}, so each layer multiplies the squared gradient by about {nv} × {e} = {chi}, more than 1.',
    'zh-CN':
      '原因：这里 {name} 的 f′(z)² 均值为 {e}，n·Var(w) = {nv}，所以梯度的平方每层大约乘以 {nv} × {e} = {chi}，大于 1。',
  },
  demoDepthWhyShrinks: {
    en: 'Why: {name}’s mean f′(z)² here is {e} and n·Var(w) = {nv}, so each layer multiplies the squared gradient by about {nv} × {e} = {chi}, less than 1.',
    'zh-CN':
      '原因：这里 {name} 的 f′(z)² 均值为 {e}，n·Var(w) = {nv}，所以梯度的平方每层大约乘以 {nv} × {e} = {chi}，小于 1。',
  },
  demoDepthWhyNarrow: {
    en: 'Why: at about {chi} per layer for the squared gradient, the average over networks would leave layer 1 with about {pred} times the last layer’s gradient, yet the median network gets {median}. With {width} neurons per layer, the factor each layer applies varies from network to network and input to input, and a product of {layers} such factors is typically below its average; the narrower the layers, the more the factors vary.',
    'zh-CN':
      '原因：梯度的平方每层大约乘以 {chi}，按所有网络平均，第 1 层的梯度应约为最后一层的 {pred} 倍，但中位数网络只有 {median} 倍。每层只有 {width} 个神经元时，每一层施加的因子随网络和输入而变化，{layers} 个这样的因子相乘，典型值低于平均值；层越窄，因子的波动越大。',
  },
  demoDepthOneLayer: {
    en: 'With a single hidden layer the gradient crosses no layer on its way to layer 1: add layers to compare.',
    'zh-CN': '只有一个隐藏层时，梯度到达第 1 层之前不经过任何层：增加层数再比较。',
  },

  demoSparsityTitle: {
    en: '3. Sparsity: ReLU outputs exact zeros',
    'zh-CN': '3. 稀疏性：ReLU 输出精确的 0',
  },
  demoSparsityLead: {
    en: 'Pre-activations z drawn from N(μ, σ²), 100,000 samples, passed through each function. ReLU sends every input ≤ 0 to exactly 0, a share of Φ(−μ/σ): its outputs are sparse. Leaky ReLU and GELU are 0 only at z = 0 itself, which practically no sample hits, so in this sense they are not sparse at all. Outputs merely near 0 are another matter: the last column counts those within ±0.05, and which function has most of them depends on μ and σ (at N(0, 1), about half of Leaky ReLU’s outputs and about a tenth of GELU’s). A small output is still a signal: the next layer cannot skip it, and for both functions f′(z) is not 0 there, so the gradient still flows back.',
    'zh-CN':
      '从 N(μ, σ²) 中抽取 10 万个预激活值 z，分别送入各个函数。ReLU 把每个 ≤ 0 的输入都变成精确的 0，占比为 Φ(−μ/σ)：这就是它输出的稀疏性。Leaky ReLU 和 GELU 只有在 z = 0 处才等于 0，而样本几乎不可能恰好取到 0，所以在这个意义上它们完全没有稀疏性。仅仅接近 0 的输出是另一回事：最后一列统计落在 ±0.05 以内的输出，哪个函数更多取决于 μ 和 σ（在 N(0, 1) 下，Leaky ReLU 约有一半输出落在这里，GELU 约为十分之一）。接近 0 的输出仍然是信号：下一层不能跳过它，而且这两个函数在那里的 f′(z) 都不为 0，梯度照样回传。',
  },
  demoMu: { en: 'Mean μ', 'zh-CN': '均值 μ' },
  demoSigma: { en: 'Standard deviation σ', 'zh-CN': '标准差 σ' },
  demoHistTitle: { en: '{name}: outputs f(z)', 'zh-CN': '{name}：输出 f(z)' },
  demoSpike: { en: '{share} exactly 0', 'zh-CN': '{share} 恰好为 0' },
  demoOutputAxis: { en: 'f(z)', 'zh-CN': 'f(z)' },
  demoZeroShare: { en: 'Exactly 0', 'zh-CN': '恰好为 0' },
  demoAnalytic: { en: 'Expected exactly 0', 'zh-CN': '理论上恰好为 0' },
  demoNearZero: { en: '|f(z)| < {eps}', 'zh-CN': '|f(z)| < {eps}' },
  demoSparsityCaption: {
    en: 'Share of outputs for z ~ N({mu}, {sigma}²), {n} samples',
    'zh-CN': 'z ~ N({mu}, {sigma}²) 时各输出的占比，共 {n} 个样本',
  },
  demoWan: { en: '{n} × 10,000', 'zh-CN': '{n} 万' },
  demoSparsitySummaryRow: {
    en: '{name}: {zeros} of outputs are exactly 0 (expected {analytic}); {near} are within ±{eps}.',
    'zh-CN': '{name}：{zeros} 的输出恰好为 0（理论值 {analytic}）；{near} 落在 ±{eps} 以内。',
  },
  demoSparsitySummaryNoAnalytic: {
    en: '{name}: {zeros} of outputs are exactly 0; {near} are within ±{eps}.',
    'zh-CN': '{name}：{zeros} 的输出恰好为 0；{near} 落在 ±{eps} 以内。',
  },

  demoDyingTitle: {
    en: '4. Dying ReLU: units that stop learning',
    'zh-CN': '4. Dying ReLU（神经元死亡）：停止学习的神经元',
  },
  demoDyingLead: {
    en: 'A network with one hidden layer learns sin(1.5x) on [−3, 3]. A ReLU unit whose input is ≤ 0 at every training point passes no gradient back: it is dead, and the gradient of its weights is exactly 0. Whether it can come back depends on the optimiser. A high learning rate or a negative initial bias can kill ReLU units. Leaky ReLU, PReLU and ELU keep a gradient for negative inputs, so their units are not dead in this sense; but a unit can still have input ≤ 0 at every training point, and the second chart counts those units for every function.',
    'zh-CN':
      '一个单隐藏层网络在 [−3, 3] 上拟合 sin(1.5x)。如果某个 ReLU 神经元在所有训练点上的输入都 ≤ 0，它就传不回任何梯度：它成了死亡神经元，权重的梯度恰好为 0。它还能不能复活，取决于优化器。较高的学习率或负的初始偏置都可能导致 ReLU 神经元死亡。Leaky ReLU、PReLU 和 ELU 在输入为负时仍有梯度，因此按这个定义，它们的神经元不会死亡；但神经元仍可能在所有训练点上输入都 ≤ 0，第二张图对每个函数都统计了这类神经元。',
  },
  demoUnits: { en: 'Hidden units', 'zh-CN': '隐藏层神经元数' },
  demoLr: { en: 'Learning rate', 'zh-CN': '学习率' },
  demoLrAdam: { en: 'Learning rate (Adam)', 'zh-CN': '学习率（Adam）' },
  demoShift: { en: 'Initial bias shift', 'zh-CN': '初始偏置平移量' },
  demoSteps: { en: 'Training steps', 'zh-CN': '训练步数' },
  demoOptimizer: { en: 'Optimiser', 'zh-CN': '优化器' },
  demoOptimizerAdam: { en: 'Adam', 'zh-CN': 'Adam' },
  demoOptimizerSgd: { en: 'Plain SGD', 'zh-CN': '普通 SGD' },
  demoOptimizerAdamHint: {
    en: 'Adam moves each weight by a running average of its recent gradients (momentum), scaled by their size. A unit that dies during training keeps moving on that momentum for a while and can come back to life; a unit dead from the start has no past gradient and never moves.',
    'zh-CN':
      'Adam 按每个权重近期梯度的滑动平均（动量）更新它，并按梯度的大小缩放步长。训练中途死亡的神经元还会靠动量继续移动一段时间，有可能复活；一开始就死亡的神经元从未得到过梯度，永远不会移动。',
  },
  demoOptimizerSgdHint: {
    en: 'Plain SGD moves each weight by −(learning rate × its gradient), with no momentum; here the gradient is computed on all training points and scaled down to length {clip} when longer, so a high learning rate does not overflow. A dead unit’s gradient is exactly 0, so its weights stop where they are: once dead, it stays dead.',
    'zh-CN':
      '普通 SGD 每一步把权重减去“学习率 × 梯度”，没有动量；这里的梯度在全部训练点上计算，其长度（范数）若超过 {clip}，就按比例缩短到这个值，以免高学习率导致数值溢出。死亡神经元的梯度恰好为 0，它的权重就此停住：一旦死亡，就不会再复活。',
  },
  demoPresets: { en: 'Telling cases', 'zh-CN': '典型情形' },
  demoPresetsHint: {
    en: 'Each button sets hidden units, learning rate, bias shift and the optimiser (Adam unless it says plain SGD), and shows all four functions side by side; steps and seed stay as they are.',
    'zh-CN':
      '每个按钮会一次设置隐藏层神经元数、学习率、偏置平移量和优化器（除非写明普通 SGD，否则为 Adam），并并排显示四个函数；训练步数和随机种子保持不变。',
  },
  demoPresetHealthy: {
    en: 'Healthy: learning rate {lr}',
    'zh-CN': '正常：学习率 {lr}',
  },
  demoPresetHighLr: {
    en: 'High learning rate: {lr}',
    'zh-CN': '高学习率：{lr}',
  },
  demoPresetSgd: {
    en: 'Plain SGD, learning rate {lr}',
    'zh-CN': '普通 SGD，学习率 {lr}',
  },
  demoPresetNegative: {
    en: 'Negative bias: shift {shift}',
    'zh-CN': '负偏置：平移 {shift}',
  },
  demoPresetSmall: {
    en: '{units} units, shift {shift}',
    'zh-CN': '{units} 个神经元，平移 {shift}',
  },
  demoActivation: { en: 'Activation', 'zh-CN': '激活函数' },
  demoSideBySide: {
    en: 'Side by side: ReLU, Leaky ReLU, PReLU and ELU from the same seed',
    'zh-CN': '并排对比：ReLU、Leaky ReLU、PReLU 和 ELU，使用同一随机种子',
  },
  demoFitTitle: {
    en: '{name}: network (solid) and target sin(1.5x) (dashed)',
    'zh-CN': '{name}：网络输出（实线）与目标 sin(1.5x)（虚线）',
  },
  demoUnitsTitle: { en: 'Hidden units', 'zh-CN': '隐藏层神经元' },
  demoUnitAlive: { en: 'alive', 'zh-CN': '存活' },
  demoUnitNegative: {
    en: 'input ≤ 0 everywhere, still learning',
    'zh-CN': '输入处处 ≤ 0，但仍有梯度',
  },
  demoUnitDead: { en: 'dead (no gradient)', 'zh-CN': '死亡（无梯度）' },
  demoDeadTitle: {
    en: 'Dead units (no gradient) over training',
    'zh-CN': '训练过程中的死亡神经元数（无梯度）',
  },
  demoNegativeTitle: {
    en: 'Units with input ≤ 0 at every training point',
    'zh-CN': '所有训练点上输入都 ≤ 0 的神经元数',
  },
  demoLossTitle: {
    en: 'Loss (mean squared error, log scale)',
    'zh-CN': '损失（均方误差，对数坐标）',
  },
  demoDyingSummaryRow: {
    en: '{name}: {dead} of {units} units dead after {step} steps; loss {loss}.',
    'zh-CN': '{name}：训练 {step} 步后，{units} 个神经元中有 {dead} 个死亡；损失 {loss}。',
  },
  demoDyingNegative: {
    en: '{count} more have input ≤ 0 everywhere but still get a gradient.',
    'zh-CN': '另有 {count} 个神经元的输入处处 ≤ 0，但仍有梯度。',
  },
  demoDiverged: {
    en: '{name}: the loss is no longer a finite number; the learning rate is far too high.',
    'zh-CN': '{name}：损失已不再是有限数值，学习率过高。',
  },
  demoStoryTitle: { en: 'What happened to the units', 'zh-CN': '神经元的变化' },
  demoStoryDeadAtStart: {
    en: '{name}: {count} units were dead from the start. They never got a gradient, so neither optimiser moved their weights, and they are still dead.',
    'zh-CN':
      '{name}：有 {count} 个神经元一开始就已死亡。它们从未得到梯度，哪种优化器都不会移动它们的权重，所以至今仍是死亡神经元。',
  },
  demoStoryRevivedAdam: {
    en: '{name}: {died} units died during training and {revived} of them came back to life: Adam’s momentum kept moving their weights after they died.',
    'zh-CN':
      '{name}：训练中有 {died} 个神经元死亡，其中 {revived} 个又复活了：死亡之后，Adam 的动量仍在推动它们的权重。',
  },
  demoStoryRevived: {
    en: '{name}: {died} units died during training and {revived} of them came back to life.',
    'zh-CN': '{name}：训练中有 {died} 个神经元死亡，其中 {revived} 个又复活了。',
  },
  demoStoryDiedNoneBack: {
    en: '{name}: {died} units died during training; none of them has come back in this run.',
    'zh-CN': '{name}：训练中有 {died} 个神经元死亡；在这次训练中，没有一个复活。',
  },
  demoStoryDiedSgd: {
    en: '{name}: {died} units died during training. Under plain SGD their gradient is exactly 0, so their weights stopped at once and none came back.',
    'zh-CN':
      '{name}：训练中有 {died} 个神经元死亡。在普通 SGD 下它们的梯度恰好为 0，权重立即停住，没有一个复活。',
  },
  demoStoryNegative: {
    en: '{name}: {start} units had input ≤ 0 at every training point at the start, {now} after {step} steps. Such a unit is not dead: {name} passes a gradient for negative inputs, so it can still move back.',
    'zh-CN':
      '{name}：开始时有 {start} 个神经元在所有训练点上输入都 ≤ 0，训练 {step} 步后有 {now} 个。这样的神经元并没有死亡：{name} 在输入为负时仍传递梯度，所以它还能移回来。',
  },
  demoStoryLossRatio: {
    en: 'After {step} steps ReLU’s loss is {ratio} that of {best}, the lowest of the others.',
    'zh-CN': '训练 {step} 步后，ReLU 的损失是 {best}（其余函数中最低）的 {ratio}。',
  },
  demoStoryReluLowest: {
    en: 'After {step} steps ReLU has the lowest loss here.',
    'zh-CN': '训练 {step} 步后，这几个函数中 ReLU 的损失最低。',
  },

  demoPreluTitle: { en: '5. PReLU learns α', 'zh-CN': '5. PReLU 学习 α' },
  demoPreluLead: {
    en: 'PReLU is Leaky ReLU with a learnable slope α for negative inputs, starting from PyTorch’s 0.25. Nothing keeps α between 0 and 1: training can push it above 1 or below 0, and with α < 0 a unit’s output grows in both directions away from 0, a V shape (α = −1 gives |x|). Train the same network and watch α move, one per unit or one shared by the layer.',
    'zh-CN':
      'PReLU 就是负半轴斜率 α 可学习的 Leaky ReLU，按 PyTorch 的默认值从 0.25 开始。α 并没有被限制在 0 到 1 之间：训练可能把它推到 1 以上或 0 以下；α < 0 时，神经元的输出从 0 向两侧都上升，呈 V 形（α = −1 时就是 |x|）。训练同一个网络，观察 α 如何变化：每个神经元一个 α，或整层共享一个。',
  },
  demoAlphaMode: { en: 'Learnable α', 'zh-CN': '可学习的 α' },
  demoAlphaUnit: { en: 'One α per unit', 'zh-CN': '每个神经元一个 α' },
  demoAlphaShared: { en: 'One shared α', 'zh-CN': '整层共享一个 α' },
  demoAlphaTitle: { en: 'α over training', 'zh-CN': '训练过程中的 α' },
  demoAlphaAxis: { en: 'α', 'zh-CN': 'α' },
  demoAlphaFinalTitle: {
    en: 'α of each unit after {step} steps (dashed: α = 0)',
    'zh-CN': '训练 {step} 步后每个神经元的 α（虚线：α = 0）',
  },
  demoAlphaList: { en: 'α of each unit, as numbers', 'zh-CN': '每个神经元的 α（数值）' },
  demoAlphaItem: { en: 'Unit {unit}: α = {value}', 'zh-CN': '神经元 {unit}：α = {value}' },
  demoAlphaNegativeLabel: { en: 'Negative α', 'zh-CN': '负的 α' },
  demoAlphaNegativeUnit: {
    en: '{count} of {units} units have α < 0: their output grows in both directions away from 0 (a V shape).',
    'zh-CN': '{units} 个神经元中有 {count} 个的 α < 0：它们的输出从 0 向两侧都上升（V 形）。',
  },
  demoAlphaNegativeShared: {
    en: 'The shared α is negative ({value}): every unit’s output grows in both directions away from 0 (a V shape).',
    'zh-CN': '共享的 α 为负（{value}）：每个神经元的输出从 0 向两侧都上升（V 形）。',
  },
  demoPreluSummaryUnit: {
    en: 'After {step} steps α ranges from {min} to {max} (mean {mean}) over {count} units, all starting at 0.25; loss {loss}.',
    'zh-CN':
      '训练 {step} 步后，{count} 个神经元的 α 介于 {min} 与 {max} 之间（均值 {mean}），初始均为 0.25；损失 {loss}。',
  },
  demoPreluSummaryShared: {
    en: 'After {step} steps the shared α is {value}, starting at 0.25; loss {loss}.',
    'zh-CN': '训练 {step} 步后，共享的 α 为 {value}，初始为 0.25；损失 {loss}。',
  },
  // The distribution demo keeps its strings in a file of its own; they load together.
  ...demosDistribution,
} as const satisfies Section;

/** Keys of the demos' own section. */
export type DemoKey = keyof typeof demos;

/** Translates a demos key or any key of the shared catalogue (URL notices, switches). */
export type DemoT = Translate<typeof demos>;
