/**
 * The naive one-line formula for every activation, as a benchmark baseline: what a learner
 * would type. Each loop is its own function literal so that none of them shares type feedback
 * with another (a shared `out[i] = fn(x[i])` helper would go megamorphic and understate them).
 */
type Kernel = (x: Float64Array, out: Float64Array) => void;

/** Abramowitz & Stegun 7.1.26 (|error| ≤ 1.5e−7): the usual cheap erf, since JS has none. */
function erfAS(v: number): number {
  const s = v < 0 ? -1 : 1;
  const a = Math.abs(v);
  const t = 1 / (1 + 0.3275911 * a);
  const p =
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return s * (1 - p * Math.exp(-a * a));
}

const C = Math.sqrt(2 / Math.PI);
const L = 1.0507009873554805;
const A = 1.6732632423543772;
const S = (1 / 8 + 1 / 3) / 2;

export const NAIVE: Record<string, { f: Kernel; df: Kernel }> = {
  relu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = x[i]! > 0 ? x[i]! : 0;
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = x[i]! > 0 ? 1 : 0;
    },
  },
  leaky_relu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? v : 0.01 * v;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = x[i]! > 0 ? 1 : 0.01;
    },
  },
  prelu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? v : 0.25 * v;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = x[i]! > 0 ? 1 : 0.25;
    },
  },
  rrelu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? v : S * v;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = x[i]! > 0 ? 1 : S;
    },
  },
  relu6: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = Math.min(Math.max(0, x[i]!), 6);
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 && v < 6 ? 1 : 0;
      }
    },
  },
  threshold: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? v : 0;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = x[i]! > 0 ? 1 : 0;
    },
  },
  elu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? v : Math.exp(v) - 1;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? 1 : Math.exp(v);
      }
    },
  },
  selu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = L * (v > 0 ? v : A * (Math.exp(v) - 1));
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = L * (v > 0 ? 1 : A * Math.exp(v));
      }
    },
  },
  celu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? v : Math.exp(v / 1) - 1;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0 ? 1 : Math.exp(v / 1);
      }
    },
  },
  gelu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = 0.5 * v * (1 + erfAS(v / Math.SQRT2));
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] =
          0.5 * (1 + erfAS(v / Math.SQRT2)) + (v * Math.exp(-0.5 * v * v)) / Math.sqrt(2 * Math.PI);
      }
    },
  },
  gelu_tanh: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = 0.5 * v * (1 + Math.tanh(C * (v + 0.044715 * v * v * v)));
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        const t = Math.tanh(C * (v + 0.044715 * v * v * v));
        o[i] = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * C * (1 + 3 * 0.044715 * v * v);
      }
    },
  },
  silu: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v / (1 + Math.exp(-v));
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        const s = 1 / (1 + Math.exp(-v));
        o[i] = s * (1 + v * (1 - s));
      }
    },
  },
  mish: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v * Math.tanh(Math.log(1 + Math.exp(v)));
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        const t = Math.tanh(Math.log(1 + Math.exp(v)));
        o[i] = t + (v * (1 - t * t)) / (1 + Math.exp(-v));
      }
    },
  },
  softplus: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 20 ? v : Math.log(1 + Math.exp(v));
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 20 ? 1 : 1 / (1 + Math.exp(-v));
      }
    },
  },
  hardswish: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = (v * Math.min(Math.max(v + 3, 0), 6)) / 6;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v < -3 ? 0 : v <= 3 ? v / 3 + 0.5 : 1;
      }
    },
  },
  sigmoid: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = 1 / (1 + Math.exp(-x[i]!));
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const s = 1 / (1 + Math.exp(-x[i]!));
        o[i] = s * (1 - s);
      }
    },
  },
  tanh: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = Math.tanh(x[i]!);
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const t = Math.tanh(x[i]!);
        o[i] = 1 - t * t;
      }
    },
  },
  hardtanh: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = Math.min(Math.max(x[i]!, -1), 1);
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > -1 && v < 1 ? 1 : 0;
      }
    },
  },
  hardsigmoid: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = Math.min(Math.max(x[i]! + 3, 0), 6) / 6;
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > -3 && v < 3 ? 1 / 6 : 0;
      }
    },
  },
  softsign: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v / (1 + Math.abs(v));
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const d = 1 + Math.abs(x[i]!);
        o[i] = 1 / (d * d);
      }
    },
  },
  logsigmoid: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = -Math.log(1 + Math.exp(-x[i]!));
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = 1 / (1 + Math.exp(x[i]!));
    },
  },
  softshrink: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v > 0.5 ? v - 0.5 : v < -0.5 ? v + 0.5 : 0;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = Math.abs(x[i]!) > 0.5 ? 1 : 0;
    },
  },
  hardshrink: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = Math.abs(v) > 0.5 ? v : 0;
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) o[i] = Math.abs(x[i]!) > 0.5 ? 1 : 0;
    },
  },
  tanhshrink: {
    f: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        o[i] = v - Math.tanh(v);
      }
    },
    df: (x, o) => {
      for (let i = 0; i < x.length; i++) {
        const t = Math.tanh(x[i]!);
        o[i] = t * t;
      }
    },
  },
};
