import type { Section } from '../types';

/**
 * The guided lesson (`?view=lesson`): loaded with its chunk only, like `demos.ts`. Each step has
 * five messages, `lesson<Step><Part>`; the numbers in `{…}` are computed from the math registry
 * (src/lesson/vars.ts), so no sentence can drift from what the figures compute.
 */
export const lesson = {
  lessonTitle: { en: 'Lesson: ReLU in seven steps', 'zh-CN': 'ReLU 七步导学' },
  lessonIntro: {
    en: 'The case for ReLU in seven short steps. Each has a live figure you can move and a question: make your guess before you open the answer.',
    'zh-CN':
      '用七个小步骤讲清 ReLU 为什么被广泛使用。每一步都配有一张可以操作的实时图和一道思考题：先自己预测，再展开答案核对。',
  },
  lessonNavLabel: { en: 'Lesson', 'zh-CN': '导学' },
  lessonNavBack: { en: 'Back to the explorer', 'zh-CN': '返回探索器' },
  lessonStepsLabel: { en: 'Steps', 'zh-CN': '步骤' },
  lessonStepOf: { en: 'Step {n} of {total}', 'zh-CN': '第 {n} 步（共 {total} 步）' },
  lessonStepNavLabel: { en: 'Previous and next step', 'zh-CN': '上一步与下一步' },
  lessonPrev: { en: 'Previous: {title}', 'zh-CN': '上一步：{title}' },
  lessonNext: { en: 'Next: {title}', 'zh-CN': '下一步：{title}' },
  lessonKeysHint: {
    en: 'When the figure does not have the focus, the ← and → keys also move between steps.',
    'zh-CN': '焦点不在图上时，也可以用 ← 和 → 键切换步骤。',
  },
  lessonPredict: { en: 'Predict, then check', 'zh-CN': '先预测，再核对' },
  lessonShowAnswer: { en: 'Show the answer', 'zh-CN': '显示答案' },
  lessonHideAnswer: { en: 'Hide the answer', 'zh-CN': '隐藏答案' },
  lessonDocTitle: { en: '{title} — {app}', 'zh-CN': '{title} — {app}' },
  lessonBadStep: {
    en: 'Ignored {param}={value}: the lesson has steps 1 to {total}, so it opens at step 1.',
    'zh-CN': '已忽略 {param}={value}：本课只有第 1 至 {total} 步，因此从第 1 步开始。',
  },
  lessonBadHash: {
    en: 'Ignored the link target {value}: the lesson has steps 1 to {total}, so it opens at step 1.',
    'zh-CN': '已忽略链接锚点 {value}：本课只有第 1 至 {total} 步，因此从第 1 步开始。',
  },

  lessonReluTitle: { en: 'What ReLU is', 'zh-CN': 'ReLU 是什么' },
  lessonReluBody: {
    en: 'ReLU, the rectified linear unit, keeps a positive input as it is and turns every other input into 0: ReLU(x) = max(0, x). Its graph is two straight pieces that meet at the origin: flat along the negative axis, and the line y = x on the positive side. Move the pointer over the figure, or focus it and press the arrow keys, to read values off the curve.',
    'zh-CN':
      'ReLU（修正线性单元，Rectified Linear Unit）对正输入原样输出，其余输入一律变为 0：ReLU(x) = max(0, x)。它的图像是在原点相接的两段直线：负半轴上贴着横轴，正半轴上就是 y = x。把指针移到图上，或者聚焦图后按方向键，就能读出曲线上各点的值。',
  },
  lessonReluQuestion: {
    en: 'Before you look: what are ReLU(5), ReLU(−3) and ReLU(0)?',
    'zh-CN': '先想一想：ReLU(5)、ReLU(−3) 和 ReLU(0) 分别是多少？',
  },
  lessonReluAnswer: {
    en: 'ReLU(5) = {pos}, ReLU(−3) = {neg} and ReLU(0) = {zero}: a positive input comes out unchanged, while zero and negative inputs come out as 0.',
    'zh-CN':
      'ReLU(5) = {pos}，ReLU(−3) = {neg}，ReLU(0) = {zero}：正输入原样输出，零和负输入都输出 0。',
  },
  lessonReluFigure: { en: 'ReLU', 'zh-CN': 'ReLU' },

  lessonKinkTitle: { en: 'Its derivative, and the kink at 0', 'zh-CN': '导数与 0 处的折点' },
  lessonKinkBody: {
    en: 'Left of 0 ReLU is flat, so its derivative is {left}; right of 0 it is the identity, so its derivative is {right}. At x = 0 the two slopes disagree: the graph has a kink there and, strictly speaking, no derivative. Every value from {left} to {right} is a valid subgradient, so a framework has to pick one.',
    'zh-CN':
      '在 0 的左侧 ReLU 是水平的，导数为 {left}；在右侧它就是恒等映射，导数为 {right}。在 x = 0 处左右两侧的斜率不一致：图像在这里有一个折点，严格来说不可导。{left} 到 {right} 之间的任何值都是合法的次梯度，所以框架必须约定取其中一个。',
  },
  lessonKinkQuestion: {
    en: 'What does PyTorch return for ReLU′(0)?',
    'zh-CN': 'PyTorch 对 ReLU′(0) 返回什么值？',
  },
  lessonKinkAnswer: {
    en: '{df}. PyTorch’s autograd returns {df} as the gradient of relu at exactly x = 0. An input of exactly 0 is rare in training, so this convention seldom changes a result.',
    'zh-CN':
      '{df}。输入恰好为 0 时，PyTorch 的自动求导给 relu 的梯度取 {df}。训练中输入恰好等于 0 的情况很少见，所以这个约定很少影响结果。',
  },
  lessonKinkFigure: { en: 'ReLU and its derivative', 'zh-CN': 'ReLU 及其导数' },

  lessonCostTitle: { en: 'It is cheap to compute', 'zh-CN': '计算代价低' },
  lessonCostBody: {
    en: 'ReLU costs one comparison per element, while sigmoid and tanh need an exponential and GELU needs the error function. The demo times them in your browser: expect ReLU to be among the fastest, but the ratios depend on the array size and the JavaScript engine. In a GPU framework these element-wise functions are limited by memory traffic and take little time next to the matrix multiplications around them.',
    'zh-CN':
      'ReLU 对每个元素只做一次比较，而 sigmoid 和 tanh 要计算指数，GELU 要计算误差函数。下面的演示在你的浏览器里实测它们的耗时：可以预期 ReLU 属于最快的一档，但具体倍数取决于数组大小和 JavaScript 引擎。在 GPU 框架中，这类逐元素运算受限于内存带宽，与前后的矩阵乘法相比耗时很少。',
  },
  lessonCostQuestion: {
    en: 'Which of ReLU, sigmoid, tanh and GELU needs no exponential or other special function?',
    'zh-CN': 'ReLU、sigmoid、tanh 和 GELU 中，哪一个不需要计算指数或其他特殊函数？',
  },
  lessonCostAnswer: {
    en: 'ReLU: max(0, x) is a single comparison. Sigmoid is 1 / (1 + e⁻ˣ), tanh is built from exponentials, and GELU is x·Φ(x), which needs the error function.',
    'zh-CN':
      'ReLU：max(0, x) 只是一次比较。sigmoid 是 1 / (1 + e⁻ˣ)，tanh 由指数构成，GELU 是 x·Φ(x)，需要用到误差函数。',
  },
  lessonCostFigure: { en: 'cost per element', 'zh-CN': '逐元素计算开销' },

  lessonDepthTitle: { en: 'Gradients through many layers', 'zh-CN': '梯度穿过多层网络' },
  lessonDepthBody: {
    en: 'Backpropagation multiplies the gradient by one factor per layer, and the activation’s derivative is part of every factor. Sigmoid’s derivative is never more than {cap}, so over many layers the gradient shrinks towards 0: the vanishing gradient. ReLU’s derivative is exactly {one} for every positive input, so the activation alone does not shrink it; whether the gradient stays level, vanishes or grows layer by layer (the exploding gradient) depends on the weights, as the demo’s initialisation and gain controls show.',
    'zh-CN':
      '反向传播时，梯度每经过一层都要乘上一个因子，激活函数的导数是其中的一部分。sigmoid 的导数最大只有 {cap}，层数一多，梯度就会逐层缩小、趋近于 0，这就是梯度消失。ReLU 在正输入上的导数恰好为 {one}，激活函数本身不会让梯度变小；梯度最终是保持平稳、逐层消失还是逐层增大（梯度爆炸），取决于权重，可以在演示中调节初始化方式和增益来观察。',
  },
  lessonDepthQuestion: {
    en: 'Leaving the weights aside, at most what fraction of the gradient survives {layers} sigmoid layers?',
    'zh-CN': '不考虑权重，梯度穿过 {layers} 层 sigmoid 之后最多还剩多少？',
  },
  lessonDepthAnswer: {
    en: '{cap}^{layers} ≈ {value}. Sigmoid’s derivative peaks at {cap}, at x = 0, so {layers} layers multiply the gradient by at most {value}. For a positive input ReLU’s factor is {one}, whatever the depth.',
    'zh-CN':
      '{cap}^{layers} ≈ {value}。sigmoid 的导数在 x = 0 处取得最大值 {cap}，所以 {layers} 层最多把梯度乘上 {value}。对正输入，ReLU 这一项的因子始终是 {one}，与深度无关。',
  },
  lessonDepthFigure: { en: 'gradient through depth', 'zh-CN': '梯度随深度的变化' },

  lessonSparsityTitle: { en: 'Sparse activations', 'zh-CN': '稀疏的激活值' },
  lessonSparsityBody: {
    en: 'Every input at or below 0 gives ReLU an output of exactly 0, so for a typical input many units of a layer output exactly 0: the activations are sparse. Leaky ReLU and GELU give nonzero values for negative inputs instead, so their outputs are not sparse in this sense. The demo draws pre-activations from a normal distribution N(μ, σ²) and counts, for each function, the outputs that are exactly 0 and those close to 0.',
    'zh-CN':
      '所有小于或等于 0 的输入经过 ReLU 都恰好输出 0，因此对一个典型的输入，一层中往往有许多神经元输出恰好为 0：激活是稀疏的，这就是 ReLU 的稀疏性。Leaky ReLU 和 GELU 对负输入给出的是非零值，所以在这个意义上它们的输出并不稀疏。演示从正态分布 N(μ, σ²) 中抽取预激活值（激活前的输入），统计每个函数的输出中恰好为 0 和接近 0 的比例。',
  },
  lessonSparsityQuestion: {
    en: 'Pre-activations come from N({mu}, {sigma}²). What share of ReLU’s outputs is exactly 0?',
    'zh-CN': '预激活值服从 N({mu}, {sigma}²)。ReLU 的输出中恰好为 0 的比例是多少？',
  },
  lessonSparsityAnswer: {
    en: '{share}. ReLU outputs 0 exactly when its input is ≤ 0, and under N(μ, σ²) that happens with probability Φ(−μ/σ) = {share}. Move μ in the demo and watch the share follow.',
    'zh-CN':
      '{share}。当且仅当输入 ≤ 0 时 ReLU 输出 0，在 N(μ, σ²) 下这一事件的概率为 Φ(−μ/σ) = {share}。在演示中移动 μ，看看这个比例怎样随之变化。',
  },
  lessonSparsityFigure: { en: 'sparsity', 'zh-CN': '稀疏性' },

  lessonDyingTitle: {
    en: 'Dying ReLU: units that stop learning',
    'zh-CN': 'Dying ReLU（神经元死亡）',
  },
  lessonDyingBody: {
    en: 'If a unit’s pre-activation is negative at every training input, ReLU outputs 0 for all of them and its derivative there is {zero}, so no gradient reaches the unit’s incoming weights: it is a dead neuron. Under plain gradient descent (SGD) its weights then never change again; with momentum, as in Adam, a unit that died during training can still drift back. This preset makes dead units likely: only {units} hidden units, with their biases shifted by {shift}.',
    'zh-CN':
      '如果某个神经元的预激活值在所有训练输入上都是负的，ReLU 对这些输入全部输出 0，导数也都是 {zero}，于是没有任何梯度能传到它的输入权重上：它成了死亡神经元。使用普通梯度下降（SGD）时，它的权重从此不再变化；使用带动量的优化器（如 Adam）时，训练中途死亡的神经元仍可能借助动量“复活”。这个预设让神经元更容易死亡：只有 {units} 个隐藏层神经元，偏置整体偏移 {shift}。',
  },
  lessonDyingQuestion: {
    en: 'A unit’s input is negative at every training point. How much gradient reaches its incoming weights through ReLU?',
    'zh-CN':
      '某个神经元在每个训练样本上的输入都是负的。经过 ReLU，有多少梯度能传到它的输入权重上？',
  },
  lessonDyingAnswer: {
    en: '{zero}. ReLU′(x) = {zero} for every x < 0, and the chain rule multiplies each weight’s gradient by it. Leaky ReLU with α = {alpha} would pass on {alpha} times the gradient instead.',
    'zh-CN':
      '{zero}。对所有 x < 0 都有 ReLU′(x) = {zero}，而链式法则会把每个权重的梯度都乘上这个值。换成 α = {alpha} 的 Leaky ReLU，则仍能传回 {alpha} 倍的梯度。',
  },
  lessonDyingFigure: { en: 'dying ReLU', 'zh-CN': 'Dying ReLU（神经元死亡）' },

  lessonVariantsTitle: { en: 'The variants', 'zh-CN': 'ReLU 的变体' },
  lessonVariantsBody: {
    en: 'Leaky ReLU keeps a small slope α for negative inputs (PyTorch’s default is {leaky}); with α > 0 a unit never loses its gradient entirely. PReLU has the same shape but learns α in training, starting from {prelu} in PyTorch, and ELU bends smoothly towards −α for very negative inputs. Even so, plain ReLU remains a common default for hidden layers: simple, cheap and often good enough.',
    'zh-CN':
      'Leaky ReLU 在负输入上保留一个小斜率 α（PyTorch 默认值为 {leaky}）；只要 α > 0，神经元就不会完全失去梯度。PReLU 形状相同，但 α 在训练中学习得到（PyTorch 中初始值为 {prelu}）；ELU 则在输入很负时平滑地趋近 −α。尽管有这些变体，普通的 ReLU 仍是隐藏层常用的默认选择：简单、计算代价低，而且往往已经够用。',
  },
  lessonVariantsQuestion: {
    en: 'As x → −∞, what value does ELU with α = {alpha} approach?',
    'zh-CN': '当 x → −∞ 时，α = {alpha} 的 ELU 趋近于什么值？',
  },
  lessonVariantsAnswer: {
    en: '{limit}. For x ≤ 0, ELU(x) = α(eˣ − 1), which tends to −α = {limit} without ever reaching it. Unlike ReLU, its outputs can be negative and its slope there stays above 0, so the unit keeps learning.',
    'zh-CN':
      '{limit}。当 x ≤ 0 时 ELU(x) = α(eˣ − 1)，它趋近于 −α = {limit}，但永远取不到。与 ReLU 不同，ELU 的输出可以为负，负半轴上的斜率也始终大于 0，所以神经元仍能继续学习。',
  },
  lessonVariantsFigure: { en: 'Leaky ReLU, ReLU and ELU', 'zh-CN': 'Leaky ReLU、ReLU 与 ELU' },
} as const satisfies Section;
