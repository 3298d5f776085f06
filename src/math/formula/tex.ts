// TeX of a formula tree for KaTeX. User names are identifiers ([A-Za-z0-9_] and Greek
// letters), so nothing a user types can reach TeX as a command or a brace.
import { getActivation } from '../registry';
import type { CmpOp, Node } from './ast';

/** Precedence of what a string shows: 1 comparison, 2 sum, 3 product, 4 sign, 5 power, 6 atom. */
type T = { s: string; p: number };

const GREEK_LETTERS = 'αβγδεζηθικλμνξοπρστυφχψω';
const GREEK_COMMANDS = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'o',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
];

/**
 * Names written out that are TeX's Greek commands (`alpha` → `\alpha`), and `Omega`; not `o`
 * (no such command) nor `pi` (the constant, never a parameter).
 */
const GREEK_NAMES = new Set([...GREEK_COMMANDS.filter((c) => c !== 'o' && c !== 'pi'), 'Omega']);

/** One Greek letter as a TeX command (`α` → `\alpha`); capitals pass through as text. */
function greek(c: string): string {
  const i = GREEK_LETTERS.indexOf(c);
  if (i < 0) return c;
  const cmd = GREEK_COMMANDS[i]!;
  return cmd === 'o' ? 'o' : `\\${cmd} `;
}

/** A parameter name in TeX: `a`, `\alpha`, `b_{2}`, `\mathrm{slope}`. */
export function texName(name: string): string {
  const m = /^([A-Za-z]+|[α-ωΑ-Ω]+)(\d+)$/.exec(name);
  if (m) return `${texName(m[1]!)}_{${m[2]}}`;
  if (GREEK_NAMES.has(name)) return `\\${name}`;
  if ([...name].length === 1) return greek(name).trim();
  const body = [...name].map((c) => (c === '_' ? '\\_' : greek(c))).join('');
  return `\\mathrm{${body}}`;
}

/** A number in TeX: 0.001 as 10^{-3}, 1.5e-7 as 1.5 \times 10^{-7}. */
export function texNumber(v: number): string {
  if (v === Infinity) return '\\infty';
  if (v !== v) return '\\mathrm{NaN}';
  const s = String(v);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mant = s.slice(0, e);
  const exp = String(Number(s.slice(e + 1)));
  return mant === '1' ? `10^{${exp}}` : `${mant} \\times 10^{${exp}}`;
}

const CMP_TEX = new Map<CmpOp, string>([
  ['<', '<'],
  ['<=', '\\le'],
  ['>', '>'],
  ['>=', '\\ge'],
  ['==', '='],
  ['!=', '\\ne'],
]);

const FN_TEX = new Map<string, string>([
  ['exp', '\\exp'],
  ['log', '\\log'],
  ['sin', '\\sin'],
  ['cos', '\\cos'],
  ['tanh', '\\tanh'],
  ['sigmoid', '\\sigma'],
  ['sign', '\\operatorname{sgn}'],
  ['min', '\\min'],
  ['max', '\\max'],
  ['expm1', '\\operatorname{expm1}'],
  ['log1p', '\\operatorname{log1p}'],
  ['softplus', '\\operatorname{softplus}'],
  ['erf', '\\operatorname{erf}'],
  ['erfc', '\\operatorname{erfc}'],
  ['relu', '\\operatorname{ReLU}'],
  ['step', '\\operatorname{step}'],
  ['dsigmoid', "\\sigma'"],
  ['sech2', '\\operatorname{sech}^2'],
  ['derf', "\\operatorname{erf}'"],
]);

const wrap = (t: T, p: number): string => (t.p < p ? `\\left(${t.s}\\right)` : t.s);

/** Sets of {<, =, >} that each comparison holds on (bits 1, 2, 4). */
const HOLDS = new Map<CmpOp, number>([
  ['<', 1],
  ['<=', 3],
  ['==', 2],
  ['>=', 6],
  ['>', 4],
  ['!=', 5],
]);
const FROM_SET = new Map<number, CmpOp>([...HOLDS].map(([k, v]) => [v, k]));

type Cmp = Extract<Node, { k: 'cmp' }>;

/**
 * The rows of a where-chain as (value, condition) with every condition exact on its own: a row's
 * condition excludes the earlier rows'. For comparisons of the same two sides (max′'s
 * `u > v`, `u < v`, tie) that is one comparison; otherwise the earlier ones are negated with ∧.
 */
function cases(n: Node & { k: 'fn' }): string {
  const rows: [Node, Cmp | Node][] = [];
  let cur: Node = n;
  while (cur.k === 'fn' && cur.name === 'where') {
    rows.push([cur.args[1]!, cur.args[0]!]);
    cur = cur.args[2]!;
  }
  const conds = rows.map(([, c]) => c);
  const sides = conds[0]!.k === 'cmp' ? conds[0] : undefined;
  const sameSides =
    sides &&
    conds.every(
      (c) =>
        c.k === 'cmp' && texOf(c.a).s === texOf(sides.a).s && texOf(c.b).s === texOf(sides.b).s,
    );
  const lines: string[] = [];
  let used = 0;
  const negated: string[] = [];
  const cond = (c: Node): string =>
    c.k === 'cmp' ? texCmp(c.op, c.a, c.b) : `${texOf(c).s} \\ne 0`;
  const neg = (c: Node): string =>
    c.k === 'cmp' ? texCmp(FROM_SET.get(7 - HOLDS.get(c.op)!)!, c.a, c.b) : `${texOf(c).s} = 0`;
  for (const [v, c] of rows) {
    if (sameSides) {
      const set = HOLDS.get((c as Cmp).op)! & ~used;
      used |= set;
      if (set === 0) continue;
      lines.push(`${texOf(v).s} & ${texCmp(FROM_SET.get(set)!, sides.a, sides.b)}`);
    } else {
      lines.push(`${texOf(v).s} & ${[...negated, cond(c)].join(' \\land ')}`);
      negated.push(neg(c));
    }
  }
  if (sameSides) {
    const rest = 7 & ~used;
    if (rest !== 0)
      lines.push(`${texOf(cur).s} & ${texCmp(FROM_SET.get(rest)!, sides.a, sides.b)}`);
  } else {
    lines.push(`${texOf(cur).s} & ${negated.join(' \\land ')}`);
  }
  return `\\begin{cases} ${lines.join(' \\\\ ')} \\end{cases}`;
}

function texCmp(op: CmpOp, a: Node, b: Node): string {
  return `${wrap(texOf(a), 2)} ${CMP_TEX.get(op)!} ${wrap(texOf(b), 2)}`;
}

function texOf(n: Node): T {
  switch (n.k) {
    case 'num':
      if (n.sym === 'pi') return { s: '\\pi', p: 6 };
      if (n.sym === 'e') return { s: 'e', p: 6 };
      return { s: texNumber(n.v), p: n.v < 0 || /e/.test(String(n.v)) ? 3 : 6 };
    case 'x':
      return { s: 'x', p: 6 };
    case 'par':
      return { s: texName(n.name), p: 6 };
    case 'neg':
      return { s: `-${wrap(texOf(n.a), 3)}`, p: 4 }; // −(ab) is −ab; −(a + b) keeps its parentheses
    case 'cmp':
      // A comparison used as a number: Iverson's bracket, 1 when it holds.
      return { s: `\\left[${texCmp(n.op, n.a, n.b)}\\right]`, p: 6 };
    case 'bin': {
      const a = texOf(n.a);
      // A right operand written with its own minus sign gets parentheses: x·(−3), not x −3.
      const tb = texOf(n.b);
      const b = tb.s.startsWith('-') && n.op !== '/' && n.op !== '^' ? { s: tb.s, p: 0 } : tb;
      switch (n.op) {
        case '+':
          return { s: `${wrap(a, 2)} + ${wrap(b, 2)}`, p: 2 };
        case '-':
          return { s: `${wrap(a, 2)} - ${wrap(b, 3)}`, p: 2 };
        case '*': {
          // 2x, 2\sigma(x), a\,x; \cdot between two numbers or before a number.
          const left = wrap(a, 3);
          const right = wrap(b, 3);
          const dot = n.b.k === 'num' || b.p < 4 || /^[\d.]/.test(right);
          return { s: dot ? `${left} \\cdot ${right}` : `${left}\\,${right}`, p: 3 };
        }
        case '/':
          return { s: `\\frac{${a.s}}{${b.s}}`, p: 6 };
        case '^':
          return { s: `{${wrap(a, 6)}}^{${b.s}}`, p: 5 };
      }
      break;
    }
    case 'fn': {
      const args = n.args.map(texOf);
      if (n.name === 'where') return { s: cases(n), p: 6 };
      if (n.name === 'abs') return { s: `\\left|${args[0]!.s}\\right|`, p: 6 };
      if (n.name === 'sqrt') return { s: `\\sqrt{${args[0]!.s}}`, p: 6 };
      const name = FN_TEX.get(n.name) ?? `\\operatorname{${n.name}}`;
      return { s: `${name}\\left(${args.map((t) => t.s).join(', ')}\\right)`, p: 6 };
    }
    case 'act': {
      const a = getActivation(n.id);
      const id = n.id.replace(/_/g, '\\_');
      const params = (a?.params ?? [])
        .map((s, i) => `${texName(s.symbol)} = ${texOf(n.params[i]!).s}`)
        .join(', ');
      const head = `\\operatorname{${id}}${n.d ? "'" : ''}`;
      return { s: `${head}\\left(${texOf(n.a).s}${params ? `;\\ ${params}` : ''}\\right)`, p: 6 };
    }
  }
  return { s: '', p: 6 };
}

/** TeX of a formula tree. */
export function toTex(n: Node): string {
  return texOf(n).s;
}
