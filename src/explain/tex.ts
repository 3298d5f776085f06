import type { Activation } from '../math';
import { byId } from './lookup';

/** TeX of one activation, in terms of its parameter symbols (never their values). */
export interface Tex {
  f: string;
  df: string;
  /** TeX of each parameter's symbol, by parameter key (the registry's `symbol` is Unicode). */
  params?: Readonly<Record<string, string>>;
}

const leaky = (slope: string) => ({
  f: `\\begin{cases} x & x > 0 \\\\ ${slope}\\, x & x \\le 0 \\end{cases}`,
  df: `\\begin{cases} 1 & x > 0 \\\\ ${slope} & x \\le 0 \\end{cases}`,
});

const ALPHA = { alpha: '\\alpha' };

/** f and f′ of every activation as TeX, by registry id. */
export const TEX: Readonly<Record<string, Tex>> = {
  relu: { f: '\\max(0, x)', df: '\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}' },
  leaky_relu: { ...leaky('\\alpha'), params: ALPHA },
  prelu: { ...leaky('\\alpha'), params: ALPHA },
  // The slope is written as its formula, so neither symbol stands alone.
  rrelu: { ...leaky('\\tfrac{l + u}{2}'), params: { lower: 'l', upper: 'u' } },
  relu6: {
    f: '\\min(\\max(0, x), 6)',
    df: '\\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}',
  },
  threshold: {
    f: '\\begin{cases} x & x > \\theta \\\\ v & x \\le \\theta \\end{cases}',
    df: '\\begin{cases} 1 & x > \\theta \\\\ 0 & x \\le \\theta \\end{cases}',
    params: { threshold: '\\theta', value: 'v' },
  },
  elu: {
    f: '\\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    df: '\\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}',
    params: ALPHA,
  },
  selu: {
    f: '\\lambda \\begin{cases} x & x > 0 \\\\ a\\,(e^{x} - 1) & x \\le 0 \\end{cases} \\quad \\lambda \\approx 1.0507,\\ a \\approx 1.6733',
    df: '\\lambda \\begin{cases} 1 & x > 0 \\\\ a e^{x} & x \\le 0 \\end{cases}',
  },
  celu: {
    f: '\\max(0, x) + \\min\\bigl(0,\\ \\alpha\\,(e^{x/\\alpha} - 1)\\bigr)',
    df: '\\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}',
    params: ALPHA,
  },
  gelu: {
    f: 'x\\,\\Phi(x) = \\tfrac{x}{2}\\left(1 + \\operatorname{erf}\\tfrac{x}{\\sqrt 2}\\right)',
    df: '\\Phi(x) + x\\,\\varphi(x), \\quad \\varphi(x) = \\tfrac{1}{\\sqrt{2\\pi}} e^{-x^2/2}',
  },
  gelu_tanh: {
    f: '\\tfrac{x}{2}\\bigl(1 + \\tanh u\\bigr), \\quad u = \\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)',
    df: '\\tfrac12 (1 + \\tanh u) + \\tfrac{x}{2}\\,(1 - \\tanh^2 u)\\,\\sqrt{2/\\pi}\\,(1 + 0.134145\\,x^2)',
  },
  silu: {
    f: 'x\\,\\sigma(\\beta x) = \\frac{x}{1 + e^{-\\beta x}}',
    df: '\\sigma(\\beta x)\\bigl(1 + \\beta x\\,(1 - \\sigma(\\beta x))\\bigr)',
    params: { beta: '\\beta' },
  },
  mish: {
    f: 'x \\tanh\\bigl(\\operatorname{softplus}(x)\\bigr) = x \\tanh\\bigl(\\ln(1 + e^{x})\\bigr)',
    df: '\\tanh(\\operatorname{softplus} x) + x\\,\\operatorname{sech}^2(\\operatorname{softplus} x)\\,\\sigma(x)',
  },
  softplus: {
    f: '\\begin{cases} x & \\beta x > \\tau \\\\ \\tfrac{1}{\\beta} \\ln\\bigl(1 + e^{\\beta x}\\bigr) & \\text{otherwise} \\end{cases}',
    df: '\\begin{cases} 1 & \\beta x > \\tau \\\\ \\sigma(\\beta x) & \\text{otherwise} \\end{cases}',
    params: { beta: '\\beta', threshold: '\\tau' },
  },
  hardswish: {
    f: '\\frac{x\\,\\operatorname{ReLU6}(x + 3)}{6}',
    df: '\\begin{cases} 0 & x < -3 \\\\ \\tfrac{x}{3} + \\tfrac12 & -3 \\le x \\le 3 \\\\ 1 & x > 3 \\end{cases}',
  },
  sigmoid: {
    f: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    df: '\\sigma(x)\\bigl(1 - \\sigma(x)\\bigr)',
  },
  tanh: { f: '\\tanh x', df: '1 - \\tanh^2 x = \\operatorname{sech}^2 x' },
  hardtanh: {
    f: '\\begin{cases} a & x < a \\\\ x & a \\le x \\le b \\\\ b & x > b \\end{cases}',
    df: '\\begin{cases} 1 & a < x < b \\\\ 0 & \\text{otherwise} \\end{cases}',
    params: { min_val: 'a', max_val: 'b' },
  },
  hardsigmoid: {
    f: '\\frac{\\operatorname{ReLU6}(x + 3)}{6}',
    df: '\\begin{cases} \\tfrac16 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}',
  },
  softsign: { f: '\\frac{x}{1 + |x|}', df: '\\frac{1}{(1 + |x|)^2}' },
  logsigmoid: { f: '-\\ln\\bigl(1 + e^{-x}\\bigr)', df: '\\sigma(-x) = \\frac{1}{1 + e^{x}}' },
  softshrink: {
    f: '\\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
    df: '\\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
    params: { lambd: '\\lambda' },
  },
  hardshrink: {
    f: '\\begin{cases} x & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
    df: '\\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
    params: { lambd: '\\lambda' },
  },
  tanhshrink: { f: 'x - \\tanh x', df: '\\tanh^2 x' },
};

/** The TeX of `a`'s f and f′; undefined for an id without an entry. */
export const texOf = (a: Pick<Activation, 'id'>): Tex | undefined => byId(TEX, a.id);
