import type { Translate } from '../catalogue';
import type { Section } from '../types';

/** Strings of the explanations: formulas, the properties list and the code panel. */
export const explain = {
  explainHeading: { en: 'About {name}', 'zh-CN': '关于 {name}' },
  formulaHeading: { en: 'Formula', 'zh-CN': '公式' },
  formulaF: { en: 'The function f', 'zh-CN': '函数 f' },
  formulaDf: { en: 'Its derivative f′', 'zh-CN': '导数 f′' },
  formulaValues: { en: 'Current values', 'zh-CN': '当前取值' },
  formulaNoValues: {
    en: 'No parameters: the formula is complete as written.',
    'zh-CN': '没有参数：公式即为完整形式。',
  },
  formulaAtKink: {
    en: 'At a kink, f′ shows the value PyTorch’s autograd uses (see below).',
    'zh-CN': '在折点处，f′ 取 PyTorch 自动求导实际使用的值（见下文）。',
  },

  propsHeading: { en: 'Properties', 'zh-CN': '性质' },
  propRange: { en: 'Range', 'zh-CN': '值域' },
  propMinAt: { en: 'minimum {value} at x = {at}', 'zh-CN': '最小值 {value}，在 x = {at} 处取得' },
  propMaxAt: { en: 'maximum {value} at x = {at}', 'zh-CN': '最大值 {value}，在 x = {at} 处取得' },
  propMinLimit: {
    en: 'approaches {value} as x → {dir} but never reaches it',
    'zh-CN': '当 x → {dir} 时趋近 {value}，但取不到',
  },
  propMaxLimit: {
    en: 'approaches {value} as x → {dir} but never reaches it',
    'zh-CN': '当 x → {dir} 时趋近 {value}，但取不到',
  },
  propMinJump: {
    en: 'infimum {value}, approached beside the jump at x = {at}',
    'zh-CN': '下确界 {value}，在 x = {at} 处的跳跃点一侧趋近',
  },
  propMaxJump: {
    en: 'supremum {value}, approached beside the jump at x = {at}',
    'zh-CN': '上确界 {value}，在 x = {at} 处的跳跃点一侧趋近',
  },
  propUnboundedBelow: { en: 'unbounded below', 'zh-CN': '无下界' },
  propUnboundedAbove: { en: 'unbounded above', 'zh-CN': '无上界' },

  propMonotonic: { en: 'Monotonic', 'zh-CN': '单调性' },
  monoIncreasing: { en: 'Yes, strictly increasing', 'zh-CN': '是，严格递增' },
  monoNondecreasing: {
    en: 'Yes, non-decreasing (flat on part of the line)',
    'zh-CN': '是，单调不减（部分区间为常数）',
  },
  monoDecreasing: { en: 'Yes, strictly decreasing', 'zh-CN': '是，严格递减' },
  monoNonincreasing: { en: 'Yes, non-increasing', 'zh-CN': '是，单调不增' },
  monoNone: { en: 'No: it goes down and up', 'zh-CN': '否：有增有减' },

  propSmoothness: { en: 'Smoothness', 'zh-CN': '光滑性' },
  smoothDiscontinuous: {
    en: 'Discontinuous: f jumps at x = {at}',
    'zh-CN': '不连续：f 在 x = {at} 处跳跃',
  },
  smoothC0: {
    en: 'Continuous, but f′ jumps at x = {at} (a corner)',
    'zh-CN': '连续，但 f′ 在 x = {at} 处跳跃（角点）',
  },
  smoothC1: {
    en: 'Continuously differentiable (C¹); a higher derivative jumps at x = {at}',
    'zh-CN': '连续可微（C¹）；更高阶导数在 x = {at} 处跳跃',
  },
  smoothCinf: {
    en: 'Smooth (C∞): no kinks anywhere',
    'zh-CN': '光滑（C∞）：处处没有折点',
  },

  propZeroCentred: { en: 'Zero-centred', 'zh-CN': '以零为中心' },
  zeroCentredYes: {
    en: 'Yes: outputs take both signs',
    'zh-CN': '是：输出有正有负',
  },
  zeroCentredNo: {
    en: 'No: outputs have one sign only',
    'zh-CN': '否：输出只有一种符号',
  },
  propOrigin: { en: 'Near x = 0', 'zh-CN': 'x = 0 附近' },
  originIdentity: {
    en: 'f(0) = 0 and slope 1 on both sides: like the identity near 0',
    'zh-CN': 'f(0) = 0，两侧斜率均为 1：在 0 附近近似恒等映射',
  },
  originZero: { en: 'f(0) = 0', 'zh-CN': 'f(0) = 0' },
  originNonZero: { en: 'f(0) = {value}', 'zh-CN': 'f(0) = {value}' },

  propSparsity: { en: 'Sparsity (exact zeros)', 'zh-CN': '稀疏性（恰好为 0）' },
  sparseYes: {
    en: 'f is exactly 0 for x in {ranges}',
    'zh-CN': '当 x 属于 {ranges} 时 f 恰好为 0',
  },
  sparseNo: {
    en: 'None: f is exactly 0 only at isolated points, if at all',
    'zh-CN': '无：f 至多在个别点上恰为 0',
  },
  propDeadZone: { en: 'Zero gradient', 'zh-CN': '零梯度区' },
  deadYes: {
    en: 'f′ is exactly 0 for x in {ranges}: inputs stuck there get no gradient (dying units)',
    'zh-CN': '当 x 属于 {ranges} 时 f′ 恰好为 0：输入一直落在这里的神经元得不到梯度（神经元死亡）',
  },
  deadNo: {
    en: 'None: the gradient is never exactly 0 on an interval',
    'zh-CN': '无：梯度不会在任何区间上恒为 0',
  },

  propSaturating: { en: 'Saturating', 'zh-CN': '饱和性' },
  saturatesBoth: {
    en: 'Both sides: f levels off and f′ → 0 as x → ±∞',
    'zh-CN': '两侧饱和：x → ±∞ 时 f 趋于常数、f′ → 0',
  },
  saturatesLeft: {
    en: 'Left side: f levels off and f′ → 0 as x → −∞',
    'zh-CN': '左侧饱和：x → −∞ 时 f 趋于常数、f′ → 0',
  },
  saturatesRight: {
    en: 'Right side: f levels off and f′ → 0 as x → ∞',
    'zh-CN': '右侧饱和：x → ∞ 时 f 趋于常数、f′ → 0',
  },
  saturatesNone: { en: 'No', 'zh-CN': '否' },

  propTorch: { en: 'PyTorch equivalent', 'zh-CN': 'PyTorch 对应写法' },
  propKinks: { en: 'Gradient at the kink', 'zh-CN': '折点处的梯度' },
  kinksNone: {
    en: 'No kinks: f′ is continuous, so every framework agrees.',
    'zh-CN': '没有折点：f′ 连续，各框架结果一致。',
  },
  kinkCorner: {
    en: 'At x = {x}: f′ is {left} from the left and {right} from the right; PyTorch’s autograd returns {torch}.',
    'zh-CN': '在 x = {x} 处：左导数为 {left}，右导数为 {right}；PyTorch 自动求导返回 {torch}。',
  },
  kinkSmooth: {
    en: 'At x = {x}: f′ = {torch} from both sides (only a higher derivative jumps); PyTorch returns {torch}.',
    'zh-CN': '在 x = {x} 处：两侧导数均为 {torch}（仅更高阶导数跳跃）；PyTorch 返回 {torch}。',
  },
  kinkJump: {
    en: 'At x = {x}: f jumps from {fLeft} to {fRight} and takes the value {f}; f′ is {left} on the left and {right} on the right; PyTorch’s autograd returns {torch}.',
    'zh-CN':
      '在 x = {x} 处：f 从 {fLeft} 跳到 {fRight}，该点取值为 {f}；左侧导数为 {left}，右侧为 {right}；PyTorch 自动求导返回 {torch}。',
  },

  codeHeading: { en: 'Code', 'zh-CN': '代码' },
  codeTabs: { en: 'Language of the code', 'zh-CN': '代码语言' },
  codeNumpy: { en: 'NumPy', 'zh-CN': 'NumPy' },
  codeTorch: { en: 'PyTorch', 'zh-CN': 'PyTorch' },
  codeCopy: { en: 'Copy {lang} code', 'zh-CN': '复制 {lang} 代码' },
  codeNote: {
    en: 'Uses the parameter values shown above.',
    'zh-CN': '使用上方显示的参数值。',
  },

  // One-line descriptions, keyed `desc_<activation id>`.
  desc_relu: {
    en: 'max(0, x): positive inputs pass unchanged, everything else becomes 0. Cheap and sparse, and still the default in many hidden layers; but a unit whose inputs stay negative gets no gradient (“dying ReLU”).',
    'zh-CN':
      'max(0, x)：正输入原样通过，其余一律变为 0。计算开销小、输出稀疏，至今仍是许多隐藏层的默认激活函数；但输入一直为负的神经元得不到梯度，这就是 Dying ReLU（神经元死亡）问题。',
  },
  desc_leaky_relu: {
    en: 'Like ReLU, but negative inputs keep a small slope α (0.01 by default), so the gradient there is never exactly 0.',
    'zh-CN':
      '与 ReLU 类似，但负半轴保留一个小斜率 α（默认 0.01），因此负输入处的梯度不会恰好为 0。',
  },
  desc_prelu: {
    en: 'Leaky ReLU whose slope α is learned during training; PyTorch starts it at 0.25.',
    'zh-CN': '负半轴斜率 α 在训练中学习的 Leaky ReLU；PyTorch 将 α 初始化为 0.25。',
  },
  desc_rrelu: {
    en: 'Randomised leaky ReLU: in training the negative slope is drawn at random from [l, u]; in evaluation it is fixed at (l + u) / 2, which is what is plotted here.',
    'zh-CN':
      '随机化的 Leaky ReLU：训练时负半轴斜率从 [l, u] 中随机抽取；推理时固定为 (l + u) / 2，这里画的就是推理时的曲线。',
  },
  desc_relu6: {
    en: 'ReLU capped at 6, min(max(0, x), 6). Popular in mobile networks, where a bounded range suits low-precision arithmetic.',
    'zh-CN':
      '上限为 6 的 ReLU，即 min(max(0, x), 6)。常用于移动端网络，有界的取值范围便于低精度计算。',
  },
  desc_threshold: {
    en: 'Passes x where x > θ and outputs the constant v elsewhere. With θ = v = 0 it is ReLU.',
    'zh-CN': '当 x > θ 时输出 x，否则输出常数 v。θ = v = 0 时就是 ReLU。',
  },
  desc_elu: {
    en: 'The identity for positive inputs and α(eˣ − 1) for negative ones: it saturates smoothly towards −α, which pushes mean activations towards 0.',
    'zh-CN': '正输入为恒等映射，负输入为 α(eˣ − 1)：平滑地饱和到 −α，使激活值的均值更接近 0。',
  },
  desc_selu: {
    en: 'ELU scaled by fixed constants (λ ≈ 1.0507, α ≈ 1.6733), chosen so that activations keep zero mean and unit variance through deep fully connected networks.',
    'zh-CN':
      '用固定常数（λ ≈ 1.0507，α ≈ 1.6733）缩放的 ELU，使激活值在深层全连接网络中保持零均值、单位方差（自归一化）。',
  },
  desc_celu: {
    en: 'ELU rewritten as α(e^(x/α) − 1) for negative inputs, so the slope is 1 on both sides of 0 for every α: continuously differentiable.',
    'zh-CN': '把负半轴写成 α(e^(x/α) − 1) 的 ELU：对任意 α，0 两侧的斜率都是 1，因而连续可微。',
  },
  desc_gelu: {
    en: 'x·Φ(x): the input weighted by the standard normal CDF. Smooth, slightly negative for negative inputs, and the usual choice in Transformers such as BERT and GPT.',
    'zh-CN':
      'x·Φ(x)：用标准正态分布的累积分布函数（CDF）对输入加权。曲线光滑，负输入时略小于 0，是 BERT、GPT 等 Transformer 模型的常用激活函数。',
  },
  desc_gelu_tanh: {
    en: 'The tanh approximation of GELU found in older code. It differs from the exact form by less than 0.0005: compare the two with “show the difference”.',
    'zh-CN': '旧代码中常见的 GELU tanh 近似，与精确形式相差不到 0.0005：可用“显示差值”对比二者。',
  },
  desc_silu: {
    en: 'x·σ(βx), also called Swish; with β = 1 it is PyTorch’s SiLU. Smooth and non-monotonic, with a small dip below 0.',
    'zh-CN':
      'x·σ(βx)，又称 Swish；β = 1 时即 PyTorch 的 SiLU。曲线光滑但不单调，负半轴有一小段低于 0 的凹陷。',
  },
  desc_mish: {
    en: 'x·tanh(softplus(x)): smooth and non-monotonic, close to SiLU; used in some vision models such as YOLOv4.',
    'zh-CN': 'x·tanh(softplus(x))：光滑且不单调，形状接近 SiLU；用于 YOLOv4 等视觉模型。',
  },
  desc_softplus: {
    en: '(1/β)·log(1 + e^(βx)), a smooth ReLU. For numerical stability PyTorch returns x itself where βx > τ (the threshold).',
    'zh-CN':
      '(1/β)·log(1 + e^(βx))，一种光滑的 ReLU。为了数值稳定，当 βx > τ（阈值）时 PyTorch 直接返回 x。',
  },
  desc_hardswish: {
    en: 'x·ReLU6(x + 3)/6, a piecewise approximation of Swish that is cheap on mobile hardware (MobileNetV3).',
    'zh-CN': 'x·ReLU6(x + 3)/6，Swish 的分段近似，在移动端硬件上计算便宜（MobileNetV3）。',
  },
  desc_sigmoid: {
    en: '1/(1 + e^(−x)) squashes every input into (0, 1). Its slope is at most 0.25 and vanishes for large |x|, one reason deep networks moved to ReLU.',
    'zh-CN':
      '1/(1 + e^(−x)) 把输入压缩到 (0, 1)。斜率最大只有 0.25，且在 |x| 较大时趋于 0，这也是深层网络转向 ReLU 的原因之一。',
  },
  desc_tanh: {
    en: 'Squashes inputs into (−1, 1). Zero-centred, unlike sigmoid, but it saturates too: f′ → 0 for large |x|.',
    'zh-CN':
      '把输入压缩到 (−1, 1)。与 sigmoid 不同，它以零为中心，但同样会饱和：|x| 较大时 f′ → 0。',
  },
  desc_hardtanh: {
    en: 'Clips x to [a, b] (−1 and 1 by default): a piecewise-linear tanh whose gradient is exactly 0 outside the interval.',
    'zh-CN': '把 x 裁剪到 [a, b]（默认 −1 与 1）：分段线性的 tanh，区间外梯度恰好为 0。',
  },
  desc_hardsigmoid: {
    en: 'ReLU6(x + 3)/6, a piecewise-linear sigmoid: 0 below −3, 1 above 3.',
    'zh-CN': 'ReLU6(x + 3)/6，分段线性的 sigmoid：小于 −3 时为 0，大于 3 时为 1。',
  },
  desc_softsign: {
    en: 'x/(1 + |x|): shaped like tanh, but it approaches ±1 only polynomially, so it saturates more slowly.',
    'zh-CN': 'x/(1 + |x|)：形状像 tanh，但以多项式速度趋近 ±1，因此饱和得更慢。',
  },
  desc_logsigmoid: {
    en: 'log σ(x) = −softplus(−x): always negative, close to x for very negative inputs and to 0 for large ones; common inside loss functions.',
    'zh-CN':
      'log σ(x) = −softplus(−x)：始终为负，输入为绝对值很大的负数时接近 x，输入很大时接近 0；常见于损失函数中。',
  },
  desc_softshrink: {
    en: 'Moves x towards 0 by λ and sets |x| ≤ λ to 0: soft thresholding, the proximal operator of the L1 norm.',
    'zh-CN': '把 x 向 0 收缩 λ，并把 |x| ≤ λ 的部分置为 0：即软阈值，也就是 L1 范数的近端算子。',
  },
  desc_hardshrink: {
    en: 'Keeps x where |x| > λ and outputs 0 elsewhere, so f jumps at ±λ: hard thresholding.',
    'zh-CN': '当 |x| > λ 时保留 x，否则输出 0，因此 f 在 ±λ 处跳跃：即硬阈值。',
  },
  desc_tanhshrink: {
    en: 'x − tanh(x): almost flat near 0 (it grows like x³/3) and close to x ∓ 1 for large |x|.',
    'zh-CN': 'x − tanh(x)：在 0 附近几乎是平的（约为 x³/3），|x| 较大时接近 x ∓ 1。',
  },
  // Why f′ at a kink is a convention: the interval, the words for it, and what operations return.
  kinkWhyHeading: {
    en: 'Why f′ at a kink is a convention',
    'zh-CN': '为什么折点处的 f′ 只是一种约定',
  },
  kinkWhyIntro: {
    en: 'At a kink f has no single slope, yet autograd must return one number there. In training a pre-activation lands exactly on a kink only through an exact floating-point tie (for example when all of a neuron’s inputs and its bias are exactly 0), which is rare, so the choice seldom changes training; but it is a choice, and operations that compute the same f make different ones.',
    'zh-CN':
      '在折点处 f 没有唯一的斜率，但自动求导必须在那里返回一个数。训练时，预激活值只有在浮点数恰好相等时（例如某个神经元的所有输入和偏置都恰好为 0）才会正好落在折点上，这种情况很少见，所以这个取值很少影响训练；但它终究是人为的选择，计算同一个 f 的不同运算会做出不同的选择。',
  },
  kinkWhyNoChoice: {
    en: 'Here f′ has one value at every point (only a higher derivative jumps, or only PyTorch’s rule singles a point out), so there is nothing to choose; below is what autograd returns there anyway.',
    'zh-CN':
      '在当前参数下，f′ 在每一点都只有一个值（只有更高阶导数跳跃，或者只是 PyTorch 的规则单独处理了某个点），不存在需要约定的取值；下面列出自动求导在这些点上实际返回的值。',
  },
  kinkWhyNone: {
    en: 'No kinks: f′ is continuous everywhere, so there is nothing to choose.',
    'zh-CN': '没有折点：f′ 处处连续，不存在需要约定的取值。',
  },
  kinkAtHeading: { en: 'At x = {x}', 'zh-CN': '在 x = {x} 处' },
  kinkOneSided: {
    en: 'One-sided derivatives: {left} from the left, {right} from the right.',
    'zh-CN': '单侧导数：左导数为 {left}，右导数为 {right}。',
  },
  kinkConvex: {
    en: 'f is convex near x = {x}, so its subgradients there are exactly the interval {interval} between the one-sided derivatives: any value in it is a valid choice.',
    'zh-CN':
      'f 在 x = {x} 附近是凸函数，因此它在该点的次梯度恰好构成两个单侧导数之间的区间 {interval}：其中任何一个值都是合理的选择。',
  },
  kinkConcave: {
    en: 'f is concave near x = {x}, so it has no subgradient there (subgradients need convexity); any value between the one-sided derivatives, {interval}, is a valid choice (Clarke generalised gradient).',
    'zh-CN':
      'f 在 x = {x} 附近是凹函数，因此在该点没有次梯度（次梯度要求函数是凸的）；介于两个单侧导数之间的任何值，即 {interval} 中的值，都是合理的选择（Clarke 广义梯度）。',
  },
  kinkNeither: {
    en: 'f is neither convex nor concave near x = {x}, so “subgradient” does not apply; any value between the one-sided derivatives, {interval}, is a valid choice (Clarke generalised gradient).',
    'zh-CN':
      'f 在 x = {x} 附近既不是凸函数也不是凹函数，因此谈不上次梯度；介于两个单侧导数之间的任何值，即 {interval} 中的值，都是合理的选择（Clarke 广义梯度）。',
  },
  kinkDifferentiable: {
    en: 'f is differentiable at x = {x}: both one-sided derivatives are {value}, so {value} is the only valid value (only a higher derivative jumps here).',
    'zh-CN':
      'f 在 x = {x} 处可导：两个单侧导数都是 {value}，所以唯一合理的取值就是 {value}（这里只有更高阶导数跳跃）。',
  },
  kinkRemovable: {
    en: 'With these parameters f is the identity near x = {x}, so its derivative there is {value}; PyTorch’s rule still returns {torch}, which is not a derivative of f at all.',
    'zh-CN':
      '在当前参数下，f 在 x = {x} 附近就是恒等映射，导数为 {value}；但 PyTorch 的规则仍然返回 {torch}，这根本不是 f 的导数。',
  },
  kinkJumpHere: {
    en: 'f jumps at x = {x}, from {fLeft} to {fRight}: no slope describes a step, so f has no derivative, subgradient or generalised gradient there. Autograd returns {torch}, the slope of the piece that contains x = {x}.',
    'zh-CN':
      'f 在 x = {x} 处从 {fLeft} 跳到 {fRight}：跳跃无法用斜率描述，所以 f 在该点没有导数，也没有次梯度或广义梯度。自动求导返回 {torch}，即 x = {x} 所在那一段的斜率。',
  },
  kinkTorchValue: {
    en: 'PyTorch’s torch.nn module returns {torch}, the value the plot shows at the kink.',
    'zh-CN': 'PyTorch 的 torch.nn 模块返回 {torch}，也就是图中折点处显示的值。',
  },
  kinkOpsCaption: {
    en: 'Operations that compute this f, and what their autograd returns at x = {x}',
    'zh-CN': '计算同一个 f 的各种运算，以及它们的自动求导在 x = {x} 处返回的值',
  },
  kinkOpsCode: { en: 'Operation', 'zh-CN': '运算' },
  kinkOpsValue: { en: 'Gradient at x = {x}', 'zh-CN': 'x = {x} 处的梯度' },
  kinkOpsSource: { en: 'Where PyTorch defines it', 'zh-CN': 'PyTorch 中的定义' },
  kinkOpsModule: { en: 'torch.nn uses this', 'zh-CN': 'torch.nn 使用的就是它' },
  kinkOpsOutside: {
    en: 'outside {interval}: not a valid value',
    'zh-CN': '不在 {interval} 内：不是合理的取值',
  },
  kinkOpsSourcesNote: {
    en: 'Values follow the backward rules in PyTorch’s source (file, entry and the deciding line), for float tensors on the CPU; an operation whose input does not require a gradient (such as the constant 0) gets none.',
    'zh-CN':
      '这些值依据 PyTorch 源码中的反向传播规则（文件、条目以及决定取值的那一行），针对 CPU 上的浮点张量；不需要梯度的输入（例如常数 0）不会得到梯度。',
  },
} as const satisfies Section;

/** Keys of the explanations' own section. */
export type ExplainKey = keyof typeof explain;

/** Translates an explanations key or any key of the shared catalogue. */
export type ExplainT = Translate<typeof explain>;
