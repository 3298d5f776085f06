import type { Params } from '../math';
import { SELU_ALPHA, SELU_SCALE } from '../math/activations/elu';

/**
 * What PyTorch's autograd returns exactly at a kink, for several operations that compute the
 * same f. Each value is written as the rule its source states (evaluated at the kink's x), and
 * each source quotes the file, the entry and the line that decides the tie.
 *
 * Read from pytorch/pytorch: `tools/autograd/derivatives.yaml` (the derivative of each
 * operation), `tools/autograd/FunctionsManual.cpp` (`clamp_backward`), the CPU kernels in
 * `aten/src/ATen/native/cpu/Activation.cpp` and `aten/src/ATen/native/Activation.cpp`, and
 * `torch/nn/modules/activation.py`. The `elu` entry is quoted from a 2020 version of the yaml
 * (`d327a787`); the later form passes `self` instead of `result`, which the kernel treats the
 * same at 0. torch was not installed when this was written, so no value was run through it.
 */
export interface KinkOp {
  /** PyTorch code that computes f with these parameter values. */
  code(p: Params): string;
  /** The gradient autograd returns at input `x` (used at a kink's x). */
  value(x: number, p: Params): number;
  /** Where PyTorch defines it: file, entry and the line that decides the tie. */
  sources: readonly Source[];
  /** The operation `torch.nn.<Module>` runs: its value is the one the explorer plots. */
  module?: true;
  /** Only for parameter values where this operation computes f (default: always). */
  applies?(p: Params): boolean;
}

export interface Source {
  file: string;
  entry: string;
  line: string;
}

const YAML = 'tools/autograd/derivatives.yaml';
const MANUAL = 'tools/autograd/FunctionsManual.cpp';
const CPU = 'aten/src/ATen/native/cpu/Activation.cpp';
const NATIVE = 'aten/src/ATen/native/Activation.cpp';

const y = (entry: string, line: string): Source => ({ file: YAML, entry, line });
const cpu = (entry: string, line: string): Source => ({ file: CPU, entry, line });

const S = {
  relu: y('relu(Tensor self) -> Tensor', 'self: threshold_backward(grad, result, 0)'),
  threshold: y(
    'threshold(Tensor self, Scalar threshold, Scalar value) -> Tensor',
    'self: threshold_backward(grad, self, threshold)',
  ),
  thresholdKernel: cpu('threshold_kernel', 'return x <= threshold ? value : other;'),
  clamp: y(
    'clamp(Tensor self, Scalar? min=None, Scalar? max=None) -> Tensor',
    'self: clamp_backward(grad, self, min, max)',
  ),
  clampBoth: {
    file: MANUAL,
    entry: 'clamp_backward',
    line: 'return where((self >= *min).logical_and_(self <= *max), grad, zero);',
  },
  clampMinOnly: {
    file: MANUAL,
    entry: 'clamp_backward',
    line: 'return where(self >= *min, grad, zero);',
  },
  clampMaxOnly: {
    file: MANUAL,
    entry: 'clamp_backward',
    line: 'return where(self <= *max, grad, zero);',
  },
  clampMin: y(
    'clamp_min(Tensor self, Scalar min) -> Tensor',
    'self: where(self >= min, grad, at::scalar_tensor(0., grad.options()))',
  ),
  maximum: y(
    'maximum(Tensor self, Tensor other) -> Tensor',
    'self: at::where(self == other, grad / 2, grad).masked_fill_(self < other, 0)',
  ),
  where: y(
    'where.self(Tensor condition, Tensor self, Tensor other) -> Tensor',
    'self: where(condition, grad, 0)',
  ),
  mul: y(
    'mul.Tensor(Tensor self, Tensor other) -> Tensor',
    'self: mul_tensor_backward(grad, other, self.scalar_type())',
  ),
  expm1: y('expm1(Tensor self) -> Tensor', 'self: grad * (result.conj() + 1)'),
  leaky: y(
    'leaky_relu(Tensor self, Scalar negative_slope=0.01) -> Tensor',
    'self: leaky_relu_backward(grad, self, negative_slope, false)',
  ),
  leakyKernel: cpu('leaky_relu_backward_kernel', 'return a > scalar_t(0) ? b : b * negval;'),
  preluKernel: cpu('prelu_backward_kernel', 'auto grad_input = mask ? grad : weight * grad;'),
  rrelu: y(
    'rrelu_with_noise(Tensor self, Tensor(b!) noise, Scalar lower=0.125, Scalar upper=0.3333333333333333, bool training=False, Generator? generator=None) -> Tensor',
    'self: rrelu_with_noise_backward(grad, self, noise, lower, upper, training, false)',
  ),
  rreluEval: {
    file: NATIVE,
    entry: 'rrelu_with_noise_backward',
    line: 'auto mid = (l + u) / 2.; return at::leaky_relu_backward(grad_output, self_or_result, mid, is_result);',
  },
  relu6Module: {
    file: 'torch/nn/modules/activation.py',
    entry: 'class ReLU6(Hardtanh)',
    line: 'super().__init__(0.0, 6.0, inplace)',
  },
  hardtanh: y(
    'hardtanh(Tensor self, Scalar min_val=-1, Scalar max_val=1) -> Tensor',
    'self: hardtanh_backward(grad, self, min_val, max_val)',
  ),
  hardtanhKernel: cpu(
    'hardtanh_backward_kernel',
    'return (self_val <= min_val || self_val >= max_val) ? scalar_t(0) : grad_val;',
  ),
  hardsigmoid: y('hardsigmoid(Tensor self) -> Tensor', 'self: hardsigmoid_backward(grad, self)'),
  hardsigmoidKernel: cpu(
    'hardsigmoid_backward_kernel',
    'return (self_val > neg_three && self_val < three) ? grad_val * one_sixth : zero;',
  ),
  hardswish: y('hardswish(Tensor self) -> Tensor', 'self: hardswish_backward(grad, self)'),
  hardswishKernel: cpu(
    'hardswish_backward_kernel',
    'if (self_val < neg_three) { return zero; } else if (self_val <= three) { return grad_val * ((self_val / three) + one_half); } else { return grad_val; }',
  ),
  elu: y(
    'elu(Tensor self, Scalar alpha=1, Scalar scale=1, Scalar input_scale=1) -> Tensor',
    'self: elu_backward(grad, alpha, scale, input_scale, result)',
  ),
  eluKernel: cpu(
    'elu_backward_kernel',
    'return b <= scalar_t(0) ? a * negiptcoef * (b + negcoef) : a * poscoef;',
  ),
  selu: { file: NATIVE, entry: 'selu', line: 'return at::elu(self, SELU_ALPHA, SELU_SCALE);' },
  softshrink: y(
    'softshrink(Tensor self, Scalar lambd=0.5) -> Tensor',
    'self: softshrink_backward(grad, self, lambd)',
  ),
  hardshrink: y(
    'hardshrink(Tensor self, Scalar lambd=0.5) -> Tensor',
    'self: hardshrink_backward(grad, self, lambd)',
  ),
  shrinkKernel: cpu(
    'shrink_backward_kernel',
    'return (self_val >= -lambd_val && self_val <= lambd_val) ? scalar_t(0) : grad_val;',
  ),
  softplus: y(
    'softplus(Tensor self, Scalar beta=1, Scalar threshold=20) -> Tensor',
    'self: softplus_backward(grad, self, beta, threshold)',
  ),
  softplusKernel: cpu(
    'softplus_backward_kernel',
    'return (b * beta) > threshold ? a : a * z / (z + scalar_t(1.));',
  ),
} satisfies Record<string, Source>;

// The backward rules as the sources state them, as functions of the input x.
const thresholdRule = (x: number, t: number) => (x <= t ? 0 : 1);
const clampRule = (x: number, lo: number, hi: number) => (x >= lo && x <= hi ? 1 : 0);
const maximumRule = (self: number, other: number) => (self === other ? 0.5 : self < other ? 0 : 1);
const hardtanhRule = (x: number, lo: number, hi: number) => (x <= lo || x >= hi ? 0 : 1);
const leakyRule = (x: number, s: number) => (x > 0 ? 1 : s);

/** Python literal of a parameter value. */
const py = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));
const num = (p: Params, key: string) => p[key] ?? NaN;

/**
 * A leaky ReLU with slope s: the module, then the same f written with other operations
 * (`functional` adds `leaky_relu` itself, for modules that are not it).
 */
function leakyOps(
  module: KinkOp,
  slope: (p: Params) => number,
  s: (p: Params) => string,
  functional: boolean,
): KinkOp[] {
  const leaky: KinkOp = {
    code: (p) => `torch.nn.functional.leaky_relu(x, ${s(p)})`,
    value: (x, p) => leakyRule(x, slope(p)),
    sources: [S.leaky, S.leakyKernel],
  };
  return [
    module,
    ...(functional ? [leaky] : []),
    {
      // max(x, s·x) is this f only for s ≤ 1; at the tie each input gets half the gradient.
      code: (p: Params) => `torch.maximum(x, ${s(p)} * x)`,
      value: (x: number, p: Params) =>
        maximumRule(x, slope(p) * x) + slope(p) * maximumRule(slope(p) * x, x),
      sources: [S.maximum],
      applies: (p: Params) => slope(p) <= 1,
    },
    {
      code: (p: Params) => `torch.where(x > 0, x, ${s(p)} * x)`,
      value: (x: number, p: Params) => (x > 0 ? 1 : slope(p)),
      sources: [S.where],
    },
  ];
}

/** ELU-shaped f = scale·(x > 0 ? x : a·expm1(x)), written three ways. */
function eluOps(module: KinkOp, scale: (p: Params) => number, a: (p: Params) => number): KinkOp[] {
  const pre = (p: Params) => (scale(p) === 1 ? '' : `${py(scale(p))} * `);
  return [
    module,
    {
      code: (p: Params) => `${pre(p)}torch.where(x > 0, x, ${py(a(p))} * torch.expm1(x))`,
      value: (x: number, p: Params) => scale(p) * (x > 0 ? 1 : a(p) * Math.exp(x)),
      sources: [S.where, S.expm1],
    },
    {
      // max(x, 0) + min(a·expm1(x), 0) as two clamps: both pass the full gradient at 0.
      code: (p: Params) =>
        `${pre(p)}(torch.clamp(x, min=0) + ${py(a(p))} * torch.expm1(torch.clamp(x, max=0)))`,
      value: (x: number, p: Params) =>
        scale(p) *
        (clampRule(x, 0, Infinity) + a(p) * Math.exp(Math.min(x, 0)) * clampRule(x, -Infinity, 0)),
      sources: [S.clamp, S.clampMinOnly, S.clampMaxOnly, S.expm1],
    },
  ];
}

const rreluSlope = (p: Params) => (num(p, 'lower') + num(p, 'upper')) / 2;

/** Operations per activation id. Functions whose kinks are all C¹ joins need none. */
export const KINK_OPS: Readonly<Record<string, readonly KinkOp[]>> = {
  relu: [
    {
      code: () => 'torch.relu(x)  # torch.nn.ReLU()',
      value: (x) => thresholdRule(x, 0),
      sources: [S.relu, S.thresholdKernel],
      module: true,
    },
    {
      code: () => 'torch.clamp(x, min=0)',
      value: (x) => clampRule(x, 0, Infinity),
      sources: [S.clamp, S.clampMinOnly],
    },
    {
      code: () => 'torch.clamp_min(x, 0)',
      value: (x) => clampRule(x, 0, Infinity),
      sources: [S.clampMin],
    },
    {
      code: () => 'torch.maximum(x, torch.zeros_like(x))',
      value: (x) => maximumRule(x, 0),
      sources: [S.maximum],
    },
    { code: () => 'torch.where(x > 0, x, 0.0)', value: (x) => (x > 0 ? 1 : 0), sources: [S.where] },
    { code: () => 'x * (x > 0)', value: (x) => (x > 0 ? 1 : 0), sources: [S.mul] },
  ],
  leaky_relu: leakyOps(
    {
      code: (p) => `torch.nn.LeakyReLU(${py(num(p, 'alpha'))})`,
      value: (x, p) => leakyRule(x, num(p, 'alpha')),
      sources: [S.leaky, S.leakyKernel],
      module: true,
    },
    (p) => num(p, 'alpha'),
    (p) => py(num(p, 'alpha')),
    false,
  ),
  prelu: leakyOps(
    {
      code: (p) => `torch.nn.PReLU(init=${py(num(p, 'alpha'))})`,
      value: (x, p) => leakyRule(x, num(p, 'alpha')),
      sources: [S.preluKernel],
      module: true,
    },
    (p) => num(p, 'alpha'),
    (p) => py(num(p, 'alpha')),
    true,
  ),
  rrelu: leakyOps(
    {
      code: (p) => `torch.nn.RReLU(${py(num(p, 'lower'))}, ${py(num(p, 'upper'))}).eval()`,
      value: (x, p) => leakyRule(x, rreluSlope(p)),
      sources: [S.rrelu, S.rreluEval, S.leakyKernel],
      module: true,
    },
    rreluSlope,
    (p) => py(rreluSlope(p)),
    true,
  ),
  relu6: [
    {
      code: () => 'torch.nn.functional.hardtanh(x, 0.0, 6.0)  # torch.nn.ReLU6()',
      value: (x) => hardtanhRule(x, 0, 6),
      sources: [S.relu6Module, S.hardtanh, S.hardtanhKernel],
      module: true,
    },
    {
      code: () => 'torch.clamp(x, 0, 6)',
      value: (x) => clampRule(x, 0, 6),
      sources: [S.clamp, S.clampBoth],
    },
  ],
  hardtanh: [
    {
      code: (p) => `torch.nn.Hardtanh(${py(num(p, 'min_val'))}, ${py(num(p, 'max_val'))})`,
      value: (x, p) => hardtanhRule(x, num(p, 'min_val'), num(p, 'max_val')),
      sources: [S.hardtanh, S.hardtanhKernel],
      module: true,
    },
    {
      code: (p) => `torch.clamp(x, ${py(num(p, 'min_val'))}, ${py(num(p, 'max_val'))})`,
      value: (x, p) => clampRule(x, num(p, 'min_val'), num(p, 'max_val')),
      sources: [S.clamp, S.clampBoth],
    },
  ],
  threshold: [
    {
      code: (p) => `torch.nn.Threshold(${py(num(p, 'threshold'))}, ${py(num(p, 'value'))})`,
      value: (x, p) => thresholdRule(x, num(p, 'threshold')),
      sources: [S.threshold, S.thresholdKernel],
      module: true,
    },
    {
      code: (p) => `torch.where(x > ${py(num(p, 'threshold'))}, x, ${py(num(p, 'value'))})`,
      value: (x, p) => (x > num(p, 'threshold') ? 1 : 0),
      sources: [S.where],
    },
    {
      code: (p) => `torch.clamp(x, min=${py(num(p, 'threshold'))})`,
      value: (x, p) => clampRule(x, num(p, 'threshold'), Infinity),
      sources: [S.clamp, S.clampMinOnly],
      applies: (p) => num(p, 'threshold') === num(p, 'value'),
    },
  ],
  elu: eluOps(
    {
      code: (p) => `torch.nn.ELU(alpha=${py(num(p, 'alpha'))})`,
      // elu_backward with scale = input_scale = 1, negcoef = α and b = f(x) = 0 at the kink.
      value: (x, p) => (x <= 0 ? num(p, 'alpha') * Math.exp(x) : 1),
      sources: [S.elu, S.eluKernel],
      module: true,
    },
    () => 1,
    (p) => num(p, 'alpha'),
  ),
  selu: eluOps(
    {
      code: () => 'torch.nn.SELU()',
      value: (x) => (x <= 0 ? SELU_ALPHA * SELU_SCALE * Math.exp(x) : SELU_SCALE),
      sources: [S.selu, S.elu, S.eluKernel],
      module: true,
    },
    () => SELU_SCALE,
    () => SELU_ALPHA,
  ),
  hardsigmoid: [
    {
      code: () => 'torch.nn.Hardsigmoid()',
      value: (x) => (x > -3 && x < 3 ? 1 / 6 : 0),
      sources: [S.hardsigmoid, S.hardsigmoidKernel],
      module: true,
    },
    {
      code: () => 'torch.clamp(x + 3, 0, 6) / 6',
      value: (x) => clampRule(x + 3, 0, 6) / 6,
      sources: [S.clamp, S.clampBoth],
    },
    {
      code: () => 'torch.nn.functional.relu6(x + 3) / 6',
      value: (x) => hardtanhRule(x + 3, 0, 6) / 6,
      sources: [S.relu6Module, S.hardtanhKernel],
    },
  ],
  hardswish: [
    {
      code: () => 'torch.nn.Hardswish()',
      value: (x) => (x < -3 ? 0 : x <= 3 ? x / 3 + 0.5 : 1),
      sources: [S.hardswish, S.hardswishKernel],
      module: true,
    },
    {
      // Product rule: clamp(x + 3, 0, 6)/6 + x·clamp′(x + 3)/6.
      code: () => 'x * torch.clamp(x + 3, 0, 6) / 6',
      value: (x) => Math.min(Math.max(x + 3, 0), 6) / 6 + (x * clampRule(x + 3, 0, 6)) / 6,
      sources: [S.mul, S.clamp, S.clampBoth],
    },
    {
      code: () => 'x * torch.nn.functional.relu6(x + 3) / 6',
      value: (x) => Math.min(Math.max(x + 3, 0), 6) / 6 + (x * hardtanhRule(x + 3, 0, 6)) / 6,
      sources: [S.mul, S.relu6Module, S.hardtanhKernel],
    },
  ],
  softshrink: [
    {
      code: (p) => `torch.nn.Softshrink(${py(num(p, 'lambd'))})`,
      value: (x, p) => (x >= -num(p, 'lambd') && x <= num(p, 'lambd') ? 0 : 1),
      sources: [S.softshrink, S.shrinkKernel],
      module: true,
    },
    {
      code: (p) => `x - torch.clamp(x, -${py(num(p, 'lambd'))}, ${py(num(p, 'lambd'))})`,
      value: (x, p) => 1 - clampRule(x, -num(p, 'lambd'), num(p, 'lambd')),
      sources: [S.clamp, S.clampBoth],
      applies: (p) => num(p, 'lambd') > 0,
    },
    {
      code: (p) =>
        `torch.relu(x - ${py(num(p, 'lambd'))}) - torch.relu(-x - ${py(num(p, 'lambd'))})`,
      value: (x, p) =>
        thresholdRule(x - num(p, 'lambd'), 0) + thresholdRule(-x - num(p, 'lambd'), 0),
      sources: [S.relu, S.thresholdKernel],
      applies: (p) => num(p, 'lambd') > 0,
    },
    {
      code: (p) =>
        `torch.clamp(x - ${py(num(p, 'lambd'))}, min=0) - torch.clamp(-x - ${py(num(p, 'lambd'))}, min=0)`,
      value: (x, p) =>
        clampRule(x - num(p, 'lambd'), 0, Infinity) + clampRule(-x - num(p, 'lambd'), 0, Infinity),
      sources: [S.clamp, S.clampMinOnly],
      applies: (p) => num(p, 'lambd') > 0,
    },
  ],
  hardshrink: [
    {
      code: (p) => `torch.nn.Hardshrink(${py(num(p, 'lambd'))})`,
      value: (x, p) => (x >= -num(p, 'lambd') && x <= num(p, 'lambd') ? 0 : 1),
      sources: [S.hardshrink, S.shrinkKernel],
      module: true,
    },
    {
      code: (p) => `torch.where(torch.abs(x) > ${py(num(p, 'lambd'))}, x, 0.0)`,
      value: (x, p) => (Math.abs(x) > num(p, 'lambd') ? 1 : 0),
      sources: [S.where],
      applies: (p) => num(p, 'lambd') > 0,
    },
  ],
  softplus: [
    {
      code: (p) =>
        `torch.nn.Softplus(beta=${py(num(p, 'beta'))}, threshold=${py(num(p, 'threshold'))})`,
      value: (x, p) => {
        const z = Math.exp(x * num(p, 'beta'));
        return x * num(p, 'beta') > num(p, 'threshold') ? 1 : z / (z + 1);
      },
      sources: [S.softplus, S.softplusKernel],
      module: true,
    },
  ],
};
