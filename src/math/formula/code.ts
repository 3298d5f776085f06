// NumPy and PyTorch translations of a formula. NumPy computes f and the symbolic f′; PyTorch
// computes f and takes f′ from autograd, so it shows PyTorch's own values at kinks.
import { getActivation } from '../registry';
import { hasX, partial, type Node } from './ast';
import { DEFINITIONS, definitionName } from './definitions';
import { derivative } from './diff';
import { parse } from './parse';

/**
 * A Python float literal for `v` (shortest round-trip digits, always with a decimal point), as
 * the built-ins' code panel writes them (explain/snippets.ts, which src/math may not import).
 */
function py(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v);
}

/** The inputs every NumPy script prints f and f′ at, as the built-ins' scripts do. */
export const NUMPY_EXAMPLES = '[5, -3, 0, [-2.0, -0.5, 0.0, 0.5, 2.0], np.linspace(-2, 2, 5)]';

type Mode = 'np' | 'torch';
/** Precedence: 1 comparison, 2 sum, 3 product, 4 sign, 5 power, 6 atom. */
type P = { s: string; p: number };

const PY_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except ' +
    'finally for from global if import in is lambda nonlocal not or pass raise return try while ' +
    'with yield np torch F math expit erf erfc f df x y dy print float abs min max tensor'
  ).split(' '),
);

/** Context of one translation: parameter names as Python identifiers, imports, helpers. */
class Py {
  readonly imports = new Set<string>();
  readonly helpers = new Map<string, string>();
  readonly names = new Map<string, string>();
  /** Whether the torch code needs its `tensor(v)` helper (a number as a float64 tensor). */
  usesTensor = false;

  constructor(
    readonly mode: Mode,
    params: readonly string[],
  ) {
    const taken = new Set(PY_KEYWORDS);
    for (const id of ['relu', 'leaky_relu']) taken.add(id);
    for (const p of params) {
      let n = p;
      while (taken.has(n) || /_df$/.test(n)) n += '_';
      taken.add(n);
      this.names.set(p, n);
    }
  }

  private call(name: string, args: string[]): P {
    return { s: `${name}(${args.join(', ')})`, p: 6 };
  }

  /** An argument of a torch function: a tensor, even where it does not depend on x. */
  private tensor(n: Node): string {
    const s = this.expr(n).s;
    if (this.mode !== 'torch' || hasX(n)) return s;
    this.usesTensor = true;
    return `tensor(${s})`;
  }

  private cond(n: Node): string {
    const s = n.k === 'cmp' ? this.cmp(n) : `${wrap(this.expr(n), 2)} != 0`;
    return this.mode === 'torch' && !hasX(n) ? `torch.as_tensor(${s})` : s;
  }

  private cmp(n: Node & { k: 'cmp' }): string {
    return `${wrap(this.expr(n.a), 2)} ${n.op} ${wrap(this.expr(n.b), 2)}`;
  }

  private lib(np: string, torch: string): string {
    return this.mode === 'np' ? `np.${np}` : `torch.${torch}`;
  }

  private fn(name: string, args: Node[]): P {
    const u = args[0]!;
    const t = this.mode === 'torch';
    const where = t ? 'torch.where' : 'np.where';
    switch (name) {
      case 'where':
        return this.call(where, [this.cond(u), this.expr(args[1]!).s, this.expr(args[2]!).s]);
      case 'min':
      case 'max':
        return this.call(this.lib(`${name}imum`, `${name}imum`), [
          this.tensor(u),
          this.tensor(args[1]!),
        ]);
      case 'relu':
        return t
          ? this.call('torch.relu', [this.tensor(u)])
          : this.call('np.maximum', [this.expr(u).s, '0.0']);
      case 'step':
        return this.call(where, [
          this.cond({ k: 'cmp', op: '>', a: u, b: { k: 'num', v: 0 } }),
          '1.0',
          '0.0',
        ]);
      case 'sigmoid':
        if (t) return this.call('torch.sigmoid', [this.tensor(u)]);
        this.imports.add('from scipy.special import expit');
        return this.call('expit', [this.expr(u).s]);
      case 'softplus':
        // Threshold 40: above it log(1 + eˣ) is x to every digit, and PyTorch's default 20 is not.
        return t
          ? this.call('F.softplus', [this.tensor(u), 'threshold=40.0'])
          : this.call('np.logaddexp', ['0.0', this.expr(u).s]);
      case 'erf':
      case 'erfc':
        if (t) return this.call(`torch.${name}`, [this.tensor(u)]);
        this.imports.add(`from scipy.special import ${name}`);
        return this.call(name, [this.expr(u).s]);
      case 'dsigmoid': {
        this.imports.add('from scipy.special import expit');
        const s = this.expr(u);
        return { s: `expit(${s.s}) * expit(-${wrap(s, 5)})`, p: 3 };
      }
      case 'sech2':
        return { s: `1 / np.cosh(${this.expr(u).s})**2`, p: 3 };
      case 'derf':
        return { s: `2 / np.sqrt(np.pi) * np.exp(-${wrap(this.expr(u), 6)}**2)`, p: 3 };
      default:
        return this.call(this.lib(name, name), [this.tensor(u)]);
    }
  }

  private act(n: Node & { k: 'act' }): P {
    const a = getActivation(n.id)!;
    const ps = n.params.map((m) => this.expr(m).s);
    if (this.mode === 'torch') return { s: torchAct(n.id, this.tensor(n.a), ps), p: 6 };
    const name = n.d ? `${n.id}_df` : n.id;
    if (!this.helpers.has(name)) {
      // The activation from its definition in the formula language (definitions.ts), printed
      // by a printer of its own whose parameters are the definition's names.
      const parsed = parse(DEFINITIONS.get(n.id)!);
      if (!parsed.ok) throw new Error(`definition of ${n.id}`);
      const names = a.params.map((s) => definitionName(s.key));
      const inner = new Py('np', names);
      const body = inner.expr(n.d ? derivative(parsed.value.ast) : parsed.value.ast).s;
      for (const i of inner.imports) this.imports.add(i);
      const args = ['x', ...names.map((k) => inner.names.get(k)!)].join(', ');
      this.helpers.set(name, `def ${name}(${args}):\n    return ${body}`);
    }
    return this.call(name, [this.expr(n.a).s, ...ps]);
  }

  expr(n: Node): P {
    switch (n.k) {
      case 'num':
        if (n.sym) return { s: this.mode === 'np' ? `np.${n.sym}` : `math.${n.sym}`, p: 6 };
        return { s: py(n.v), p: n.v < 0 ? 4 : 6 };
      case 'x':
        return { s: 'x', p: 6 };
      case 'par':
        return { s: this.names.get(n.name)!, p: 6 };
      case 'neg':
        return { s: `-${wrap(this.expr(n.a), 4)}`, p: 4 };
      case 'cmp': {
        const where = this.mode === 'np' ? 'np.where' : 'torch.where';
        return this.call(where, [this.cond(n), '1.0', '0.0']);
      }
      case 'bin': {
        const a = this.expr(n.a);
        const b = this.expr(n.b);
        switch (n.op) {
          case '+':
            return { s: `${wrap(a, 2)} + ${wrap(b, 2)}`, p: 2 };
          case '-':
            return { s: `${wrap(a, 2)} - ${wrap(b, 3)}`, p: 2 };
          case '*':
            return { s: `${wrap(a, 3)} * ${wrap(b, 4)}`, p: 3 };
          case '/':
            return { s: `${wrap(a, 3)} / ${wrap(b, 4)}`, p: 3 };
          case '^': {
            // x**2 rather than x**2.0: an integer power reads as one.
            const k =
              n.b.k === 'num' && !n.b.sym && Number.isInteger(n.b.v) && Math.abs(n.b.v) < 1e6;
            const e = k
              ? { s: String(n.b.k === 'num' ? n.b.v : 0), p: n.b.k === 'num' && n.b.v < 0 ? 4 : 6 }
              : b;
            return { s: `${wrap(a, 6)}**${wrap(e, 4)}`, p: 5 };
          }
        }
        break;
      }
      case 'fn':
        return this.fn(n.name, n.args);
      case 'act':
        return this.act(n);
    }
    return { s: '', p: 6 };
  }
}

const wrap = (t: P, p: number): string => (t.p < p ? `(${t.s})` : t.s);

/** torch.nn.functional's spelling of a registry activation applied to `u`. */
function torchAct(id: string, u: string, ps: string[]): string {
  const f = (v: string) => (/^-?[\d.e+-]+$/.test(v) ? v : `float(${v})`);
  const [p0 = '', p1 = ''] = ps.map(f);
  switch (id) {
    case 'leaky_relu':
    case 'prelu':
      return `F.leaky_relu(${u}, negative_slope=${p0})`;
    case 'rrelu':
      return `F.rrelu(${u}, lower=${p0}, upper=${p1}, training=False)`;
    case 'threshold':
      return `F.threshold(${u}, ${p0}, ${p1})`;
    case 'elu':
    case 'celu':
      return `F.${id}(${u}, alpha=${p0})`;
    case 'gelu_tanh':
      return `F.gelu(${u}, approximate='tanh')`;
    case 'silu':
      return `${u} * torch.sigmoid(${p0} * ${u})`;
    case 'softplus':
      return `F.softplus(${u}, beta=${p0}, threshold=${p1})`;
    case 'hardtanh':
      return `F.hardtanh(${u}, min_val=${p0}, max_val=${p1})`;
    case 'softshrink':
    case 'hardshrink':
      return `F.${id}(${u}, lambd=${p0})`;
    case 'sigmoid':
    case 'tanh':
      return `torch.${id}(${u})`;
    default:
      return `F.${id}(${u})`;
  }
}

/** A Python float assignment for each parameter, by its Python name. */
function assignments(
  py_: Py,
  params: readonly string[],
  values: ReadonlyMap<string, number>,
): string[] {
  return params.map((p) => `${py_.names.get(p)!} = ${py(values.get(p) ?? 1)}`);
}

/** The NumPy script: f and the symbolic f′, printed at the panel's usual example inputs. */
export function numpyCode(
  f: Node,
  df: Node,
  params: readonly string[],
  values: ReadonlyMap<string, number>,
): string {
  const c = new Py('np', params);
  const fs = c.expr(f).s;
  const dfs = c.expr(df).s;
  const def = (name: string, body: string) =>
    [
      `def ${name}(x):`,
      '    x = np.asarray(x, dtype=float)',
      `    y = ${body}`,
      '    return y if y.ndim else float(y)',
    ].join('\n');
  const parts = [
    ['import numpy as np', ...c.imports].join('\n'),
    ...(params.length > 0 ? [assignments(c, params, values).join('\n')] : []),
    ...c.helpers.values(),
    def('f', fs),
    // Where f is undefined (log of a negative) so is f′, as in the explorer.
    def('df', partial(f) ? `np.where(np.isfinite(f(x)), ${dfs}, np.nan)` : dfs),
    [
      'np.set_printoptions(floatmode="unique")  # all digits, not NumPy\'s default 8',
      `for x in ${NUMPY_EXAMPLES}:`,
      '    print("x     =", x)',
      '    print("f(x)  =", f(x))',
      `    print("f'(x) =", df(x))`,
    ].join('\n'),
  ];
  return `${parts.join('\n\n\n')}\n`;
}

/** The PyTorch script: f in torch, f′ by autograd on a small grid. */
export function torchCode(
  f: Node,
  params: readonly string[],
  values: ReadonlyMap<string, number>,
): string {
  const c = new Py('torch', params);
  const fs = c.expr(f).s;
  const usesMath = /\bmath\./.test(fs);
  return [
    ...(usesMath ? ['import math', ''] : []),
    'import torch',
    'import torch.nn.functional as F',
    '',
    ...assignments(c, params, values),
    ...(params.length > 0 ? [''] : []),
    ...(c.usesTensor
      ? ['', 'def tensor(v):', '    return torch.as_tensor(v, dtype=torch.float64)', '', '']
      : ['']),
    'def f(x):',
    `    return ${fs}`,
    '',
    '',
    'x = torch.linspace(-5.0, 5.0, 11, dtype=torch.float64, requires_grad=True)',
    'y = f(x)',
    '(dy,) = torch.autograd.grad(y.sum(), x)',
    'print(y.detach())',
    'print(dy)',
    '',
  ].join('\n');
}
