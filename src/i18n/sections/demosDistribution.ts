import type { Section } from '../types';

/**
 * Strings of the distribution demo (`view=distribution`), loaded with the other demos (see
 * demos/i18n.ts). Sentences that depend on the numbers come in pairs; `demos/distributionText.ts`
 * picks one from the computed values, and its tests pin each choice.
 */
export const demosDistribution = {
  distTitle: {
    en: '6. A distribution through the activation',
    'zh-CN': '6. 一个分布经过激活函数之后',
  },
  distLead: {
    en: 'Draw pre-activations z, from N(μ, σ²) or as the input of a layer under He or Xavier initialisation, and pass the same samples through each function: the histogram of f(z), with the outputs that are exactly 0 drawn as a spike, and the mean, variance, share of exact zeros and mean gradient E[f′(z)] beside their exact values for a Gaussian z (a closed form for ReLU, Leaky ReLU and PReLU, quadrature for the others). Below, the same functions in a deep random network, layer by layer: the mean-field prediction and one sampled network.',
    'zh-CN':
      '抽取预激活值（激活前的输入）z：可以来自 N(μ, σ²)，也可以是 He 初始化或 Xavier 初始化下某一层的输入。把同一批样本送入各个激活函数，看 f(z) 的直方图（恰好为 0 的输出单独画成一根尖峰），以及均值、方差、恰好为 0 的占比和平均梯度 E[f′(z)]，并与 z 服从正态分布时的精确值对照（ReLU、Leaky ReLU 和 PReLU 有闭式解，其余函数用数值积分）。下方是这些函数在一个深层随机网络中逐层的表现：平均场理论的预测，以及一个实际采样的网络。',
  },
  distSource: { en: 'Pre-activation z', 'zh-CN': '预激活值 z' },
  distSourceNormal: { en: 'Normal N(μ, σ²)', 'zh-CN': '正态分布 N(μ, σ²)' },
  distSourceLayer: {
    en: 'Input of a layer (inputs N(0, 1), random weights)',
    'zh-CN': '某一层的输入（输入服从 N(0, 1)，权重随机）',
  },
  distInit: {
    en: 'Initialisation (also of the deep network)',
    'zh-CN': '初始化（深层网络也用它）',
  },
  distInitHe: { en: 'He: weights N(0, 2/fan-in)', 'zh-CN': 'He 初始化：权重 N(0, 2/fan_in)' },
  distInitXavier: {
    en: 'Xavier, fan-in = fan-out (= LeCun): N(0, 1/fan-in)',
    'zh-CN': 'Xavier 初始化，扇入 = 扇出（即 LeCun）：N(0, 1/fan_in)',
  },
  distFanIn: { en: 'Fan-in (inputs per neuron)', 'zh-CN': '扇入（每个神经元的输入数）' },
  distSamples: { en: 'Samples', 'zh-CN': '样本数' },
  distLayers: { en: 'Layers L', 'zh-CN': '层数 L' },
  distWidth: {
    en: 'Neurons per layer (sampled network)',
    'zh-CN': '每层神经元数（采样网络）',
  },

  distTableCaption: {
    en: '{name}: sampled (± standard error) and exact for z ~ {ref}',
    'zh-CN': '{name}：采样值（± 标准误）与 z ~ {ref} 时的精确值',
  },
  distRefLayer: { en: 'N(0, {g}), the large-fan-in limit', 'zh-CN': 'N(0, {g})（大扇入极限）' },
  distQuantity: { en: 'Quantity', 'zh-CN': '量' },
  distSampled: { en: 'Sampled', 'zh-CN': '采样值' },
  distClosed: { en: 'Closed form', 'zh-CN': '闭式解' },
  distQuadrature: { en: 'By quadrature', 'zh-CN': '数值积分' },
  distMean: { en: 'Mean E[f]', 'zh-CN': '均值 E[f]' },
  distVariance: { en: 'Variance', 'zh-CN': '方差' },
  distZeros: { en: 'Exactly 0', 'zh-CN': '恰好为 0' },
  distGrad: { en: 'Mean gradient E[f′]', 'zh-CN': '平均梯度 E[f′]' },

  distFieldMeanTitle: {
    en: 'Mean of each layer’s outputs (solid: mean field; dashed: one sampled network)',
    'zh-CN': '各层输出的均值（实线：平均场；虚线：一个采样网络）',
  },
  distFieldVarTitle: {
    en: 'Variance of each layer’s outputs (solid: mean field; dashed: one sampled network)',
    'zh-CN': '各层输出的方差（实线：平均场；虚线：一个采样网络）',
  },
  distLayerAxis: { en: 'layer (1 = next to the input)', 'zh-CN': '层（1 = 紧邻输入）' },

  distSummaryRow: {
    en: '{name}: mean {mean}, variance {variance}, {zeros} exactly 0, mean gradient {df} in the samples.',
    'zh-CN': '{name}：样本均值 {mean}，方差 {variance}，{zeros} 恰好为 0，平均梯度 {df}。',
  },
  distAgree: {
    en: '{name}: all four lie within 4 standard errors of the exact values ({method}).',
    'zh-CN': '{name}：四个采样值都在精确值（{method}）的 4 个标准误以内。',
  },
  distDisagreeNormal: {
    en: '{name}: {what} differs from the exact value by more than 4 standard errors, which chance alone rarely gives.',
    'zh-CN': '{name}：{what}与精确值相差超过 4 个标准误，单靠随机波动很少会出现这种情况。',
  },
  distDisagreeLayer: {
    en: '{name}: {what} differs from the large-fan-in limit by more than 4 standard errors: with fan-in {fanIn}, each neuron’s z is Gaussian with a variance of its own, and that mixture is not N(0, {g}).',
    'zh-CN':
      '{name}：{what}与大扇入极限相差超过 4 个标准误：扇入为 {fanIn} 时，每个神经元的 z 服从方差各不相同的正态分布，它们混合起来并不是 N(0, {g})。',
  },
  distWhatMean: { en: 'the mean', 'zh-CN': '均值' },
  distWhatVariance: { en: 'the variance', 'zh-CN': '方差' },
  distWhatZeros: { en: 'the share of exact zeros', 'zh-CN': '恰好为 0 的占比' },
  distWhatGrad: { en: 'the mean gradient', 'zh-CN': '平均梯度' },
  distListSep: { en: ', ', 'zh-CN': '、' },

  distEluCloser: {
    en: 'For z ~ {ref}, ELU’s expected output {elu} is closer to 0 than ReLU’s {relu}, as the tutorial says: ELU’s negative outputs pull its mean down, towards 0.',
    'zh-CN':
      '当 z ~ {ref} 时，ELU 输出的期望 {elu} 比 ReLU 的 {relu} 更接近 0，正如教程所说：ELU 的负输出把均值往下拉，拉向 0。',
  },
  distEluNotCloser: {
    en: 'For z ~ {ref}, ELU’s expected output {elu} is not closer to 0 than ReLU’s {relu}: its negative outputs pull its mean below 0, further than ReLU’s is above it, so the tutorial’s claim does not hold at this setting.',
    'zh-CN':
      '当 z ~ {ref} 时，ELU 输出的期望 {elu} 并不比 ReLU 的 {relu} 更接近 0：它的负输出把均值拉到 0 以下，离 0 比 ReLU 的均值还远，因此在这个设置下教程的说法不成立。',
  },
  distSeluFixed: {
    en: 'In the mean-field map with weights N(0, {g}/fan-in), SELU’s outputs keep mean 0 and variance 1 within 5 % through all {layers} layers (layer {layers}: mean {mean}, variance {variance}): the fixed point SELU was designed for.',
    'zh-CN':
      '在权重为 N(0, {g}/fan_in) 的平均场映射中，SELU 的输出在全部 {layers} 层都保持均值 0、方差 1（误差在 5% 以内；第 {layers} 层：均值 {mean}，方差 {variance}）：这正是 SELU 设计时的不动点。',
  },
  distSeluDrifts: {
    en: 'In the mean-field map with weights N(0, {g}/fan-in), SELU’s outputs leave mean 0, variance 1 (layer {layers}: mean {mean}, variance {variance}); its fixed point needs weights N(0, 1/fan-in), LeCun normal: choose Xavier.',
    'zh-CN':
      '在权重为 N(0, {g}/fan_in) 的平均场映射中，SELU 的输出偏离了均值 0、方差 1（第 {layers} 层：均值 {mean}，方差 {variance}）；它的不动点要求权重为 N(0, 1/fan_in)，即 LeCun 正态初始化：请选择 Xavier。',
  },
  distWander: {
    en: 'The solid lines are the mean-field limit: infinitely many neurons per layer, averaged over all random weights. The dashed lines are one network with {width} neurons per layer and seed {seed}: each layer’s numbers come from finitely many neurons and one draw of the weights, so they carry sampling noise, and the noise compounds from layer to layer.',
    'zh-CN':
      '实线是平均场极限：每层有无穷多个神经元，并对所有随机权重取平均。虚线是一个每层 {width} 个神经元、随机种子为 {seed} 的网络：每层的数值只来自有限个神经元和一次权重抽样，因此带有抽样噪声，而且噪声会逐层累积。',
  },
  distWanderSmall: {
    en: 'Here every function’s output variance at layer {layers} is within 10 % of its line (largest gap {gap}).',
    'zh-CN': '在这里，每个函数第 {layers} 层输出的方差都在其曲线的 10% 以内（最大偏差 {gap}）。',
  },
  distWanderLarge: {
    en: 'Here {name}’s output variance at layer {layers} is {net} against {field} on its line, {gap} off.',
    'zh-CN': '在这里，{name} 第 {layers} 层输出的方差为 {net}，而曲线上是 {field}，相差 {gap}。',
  },
} as const satisfies Section;
