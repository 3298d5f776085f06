import type { Section } from '../types';

/**
 * Strings of the "Why ReLU works" demos. Not merged into the first-load catalogue: the demos
 * load lazily and look these up with `formatSection` (see demos/i18n.ts). The one string the
 * explorer itself shows, the link to the demos, lives in `demosNav.ts`.
 */
export const demos = {
  demoPageTitle: { en: 'Why ReLU works', 'zh-CN': 'ReLU 为何有效' },
  demoDocTitle: { en: '{title} — {app}', 'zh-CN': '{title} — {app}' },
  demoPageIntro: {
    en: 'Five claims about ReLU, each a live experiment whose conditions you can change. The work runs in your browser, off the main thread, from a fixed seed: the same link shows the same result.',
    'zh-CN':
      '关于 ReLU 的五个论断，每个都是一个可调整条件的实时实验。计算在你的浏览器中、主线程之外进行，并使用固定的随机种子：同一个链接总是得到同样的结果。',
  },
  demoNavBack: { en: 'Back to the explorer', 'zh-CN': '返回探索器' },
  demoNavAll: { en: 'All five demos', 'zh-CN': '全部五个演示' },
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
    en: 'ReLU is one comparison per element, max(0, x), and its derivative another; ELU, SiLU, sigmoid and tanh need an exponential, and GELU the error function erf, each evaluated as a polynomial or rational approximation of tens of operations, so they cost several times more per element.',
    'zh-CN':
      'ReLU 对每个元素只做一次比较 max(0, x)，导数也只需一次比较；而 ELU、SiLU、sigmoid 和 tanh 需要计算指数函数，GELU 需要误差函数 erf，它们都要用几十次运算的多项式或有理函数来近似，因此每个元素的开销要高出数倍。',
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

  demoDepthTitle: {
    en: '2. Gradient flow: ReLU keeps gradients alive through depth',
    'zh-CN': '2. 梯度流：ReLU 让梯度穿过深层网络',
  },
  demoDepthLead: {
    en: 'A randomly initialised network, a batch of 256 random inputs, one backward pass and no training: the gradient norm that reaches each layer. Sigmoid’s slope is at most ¼, so its gradient shrinks by orders of magnitude on the way to the input; ReLU with He initialisation keeps it level. Tanh depends on the initialisation: it shrinks under Xavier. Switch to Xavier or move the gain away from 1 to make ReLU fail too.',
    'zh-CN':
      '一个随机初始化的网络、256 个随机输入、一次反向传播、不做训练：观察到达每一层的梯度范数。sigmoid 的斜率最大只有 ¼，梯度在传向输入的过程中缩小若干个数量级；使用 He 初始化的 ReLU 则保持平稳。tanh 取决于初始化：在 Xavier 初始化下会逐层缩小。改用 Xavier 初始化，或让增益偏离 1，也能让 ReLU 失效。',
  },
  demoWidth: { en: 'Width (units per layer)', 'zh-CN': '宽度（每层单元数）' },
  demoLayers: { en: 'Depth (hidden layers)', 'zh-CN': '深度（隐藏层数）' },
  demoInit: { en: 'Initialisation', 'zh-CN': '初始化' },
  demoInitHe: { en: 'He (Kaiming)', 'zh-CN': 'He（Kaiming）' },
  demoInitXavier: { en: 'Xavier (Glorot)', 'zh-CN': 'Xavier（Glorot）' },
  demoGain: { en: 'Weight gain', 'zh-CN': '权重增益' },
  demoDepthGradTitle: {
    en: 'Gradient norm ‖∂L/∂h‖ at each layer (log scale)',
    'zh-CN': '各层的梯度范数 ‖∂L/∂h‖（对数坐标）',
  },
  demoDepthZeroTitle: {
    en: 'Share of activations exactly 0 at each layer',
    'zh-CN': '各层中恰好为 0 的激活值占比',
  },
  demoLayerAxis: { en: 'layer (1 = next to the input)', 'zh-CN': '层（1 = 紧邻输入）' },
  demoDepthSummaryRow: {
    en: '{name}: the gradient at layer 1 is {ratio} times the one at layer {depth}; {zeros} of activations are exactly 0 on average.',
    'zh-CN': '{name}：第 1 层的梯度是第 {depth} 层的 {ratio} 倍；平均有 {zeros} 的激活值恰好为 0。',
  },
  demoDepthSummaryDead: {
    en: '{name}: no gradient reaches layer 1 at all; {zeros} of activations are exactly 0 on average.',
    'zh-CN': '{name}：没有任何梯度到达第 1 层；平均有 {zeros} 的激活值恰好为 0。',
  },
  demoNotOnLog: {
    en: 'A gradient of exactly 0 cannot be drawn on a log scale: the line stops there.',
    'zh-CN': '恰好为 0 的梯度无法画在对数坐标上：曲线在该处中断。',
  },

  demoSparsityTitle: {
    en: '3. Sparsity: ReLU outputs exact zeros',
    'zh-CN': '3. 稀疏性：ReLU 输出精确的 0',
  },
  demoSparsityLead: {
    en: 'Pre-activations z drawn from N(μ, σ²), 100 000 samples, passed through each function. ReLU sends every negative input to exactly 0, a share of Φ(−μ/σ); Leaky ReLU never does, and GELU gives many outputs near 0 but none exactly 0.',
    'zh-CN':
      '从 N(μ, σ²) 中抽取 100 000 个预激活值 z，分别送入各个函数。ReLU 把每个负输入都变成精确的 0，占比为 Φ(−μ/σ)；Leaky ReLU 从不输出 0；GELU 有很多输出接近 0，但没有一个恰好是 0。',
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
    'zh-CN': 'z ~ N({mu}, {sigma}²) 时各输出的占比，{n} 个样本',
  },
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
} as const satisfies Section;
