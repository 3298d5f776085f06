// Tokenizer and recursive-descent parser. Names resolve through Maps and Sets only (never a
// property lookup on a user's string), so `constructor` or `__proto__` is an ordinary name.
import { getActivation } from '../registry';
import { CALLABLE, CONSTANTS, KEYWORD_ALIASES, RESERVED_KEYS } from './functions';
import { hasX, num, X, type CmpOp, type Node } from './ast';
import type { FormulaError, FormulaErrorCode } from './index';
import { MAX_DEPTH, MAX_LENGTH, MAX_PARAMS } from './limits';

interface Token {
  t: 'num' | 'id' | 'op' | 'end';
  s: string;
  v: number;
  start: number;
  end: number;
}

/** Thrown inside the parser only; `parse` turns it into a returned error. */
class Fail {
  constructor(readonly error: FormulaError) {}
}

const fail = (code: FormulaErrorCode, start: number, end: number, name?: string): never => {
  throw new Fail({ code, start, end, ...(name === undefined ? {} : { name }) });
};

const isDigit = (c: string) => c >= '0' && c <= '9';
const isGreek = (c: string) => (c >= 'Α' && c <= 'Ω') || (c >= 'α' && c <= 'ω');
const isIdStart = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || isGreek(c);
const isIdPart = (c: string) => isIdStart(c) || isDigit(c);

/** Two-character operators first; `**` is Python's power, − × · are the typeset forms. */
const OPS2 = new Map([
  ['<=', '<='],
  ['>=', '>='],
  ['==', '=='],
  ['!=', '!='],
  ['**', '^'],
]);
const OPS1 = new Map([
  ['+', '+'],
  ['-', '-'],
  ['−', '-'],
  ['*', '*'],
  ['×', '*'],
  ['·', '*'],
  ['/', '/'],
  ['^', '^'],
  ['(', '('],
  [')', ')'],
  [',', ','],
  ['<', '<'],
  ['>', '>'],
  ['=', '='],
]);

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      const m = NUMBER.exec(src.slice(i, i + MAX_LENGTH + 1))!;
      let end = i + m[0].length;
      // `1e`, `1.2.3`, `2x`: the number runs into something it cannot be followed by.
      while (end < src.length && (isIdPart(src[end]!) || src[end] === '.')) end++;
      const text = src.slice(i, end);
      const v = Number(text);
      if (end !== i + m[0].length || !Number.isFinite(v)) fail('bad-number', i, end, text);
      out.push({ t: 'num', s: text, v, start: i, end });
      i = end;
    } else if (isIdStart(c)) {
      let end = i + 1;
      while (end < src.length && isIdPart(src[end]!)) end++;
      out.push({ t: 'id', s: src.slice(i, end), v: 0, start: i, end });
      i = end;
    } else {
      const two = OPS2.get(src.slice(i, i + 2));
      const op = two ?? OPS1.get(c);
      if (op === undefined) fail('bad-character', i, i + 1, c);
      const len = two ? 2 : 1;
      out.push({ t: 'op', s: op!, v: 0, start: i, end: i + len });
      i += len;
    }
  }
  out.push({ t: 'end', s: '', v: 0, start: src.length, end: src.length });
  return out;
}

const CMP = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** A successfully parsed formula: its tree and its free names in order of first use. */
export interface Parsed {
  ast: Node;
  params: string[];
}

class Parser {
  private i = 0;
  private depth = 0;
  readonly params: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly toks: Token[]) {}

  private get tok(): Token {
    return this.toks[this.i]!;
  }
  private isOp(s: string): boolean {
    return this.tok.t === 'op' && this.tok.s === s;
  }
  private next(): Token {
    return this.toks[this.i++]!;
  }
  private enter(t: Token): void {
    if (++this.depth > MAX_DEPTH) fail('too-deep', t.start, t.end);
  }
  private unexpected(): never {
    const t = this.tok;
    if (t.t === 'end') return fail('unexpected-end', t.start, t.end);
    if (t.t === 'op' && t.s === ')') return fail('unbalanced-paren', t.start, t.end);
    return fail('unexpected-token', t.start, t.end, t.s);
  }

  parseAll(): Node {
    const e = this.expr();
    if (this.tok.t !== 'end') this.unexpected();
    return e;
  }

  private expr(): Node {
    const a = this.additive();
    if (this.tok.t === 'op' && CMP.has(this.tok.s)) {
      const op = this.next().s as CmpOp;
      const b = this.additive();
      // Chained comparisons (`0 < x < 1`) read differently in maths and in Python: refused.
      if (this.tok.t === 'op' && CMP.has(this.tok.s)) this.unexpected();
      return { k: 'cmp', op, a, b };
    }
    return a;
  }

  private additive(): Node {
    let a = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().s as '+' | '-';
      a = { k: 'bin', op, a, b: this.term() };
    }
    return a;
  }

  private term(): Node {
    let a = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.next().s as '*' | '/';
      a = { k: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  /** −x² is −(x²), as in maths and Python; 2^−x is allowed. */
  private unary(): Node {
    if (this.isOp('-') || this.isOp('+')) {
      const t = this.next();
      this.enter(t);
      const a = this.unary();
      this.depth--;
      return t.s === '-' ? { k: 'neg', a } : a;
    }
    return this.power();
  }

  private power(): Node {
    const a = this.primary();
    if (this.isOp('^')) {
      const t = this.next();
      this.enter(t);
      const b = this.unary(); // right-associative: 2^3^2 = 2^(3^2)
      this.depth--;
      return { k: 'bin', op: '^', a, b };
    }
    return a;
  }

  private primary(): Node {
    const t = this.tok;
    if (t.t === 'num') {
      this.i++;
      return num(t.v);
    }
    if (t.t === 'op' && t.s === '(') {
      this.i++;
      this.enter(t);
      const e = this.expr();
      if (!this.isOp(')')) {
        if (this.tok.t === 'end') fail('unbalanced-paren', t.start, t.end);
        this.unexpected();
      }
      this.i++;
      this.depth--;
      return e;
    }
    if (t.t === 'id') {
      this.i++;
      if (this.isOp('(')) return this.call(t);
      return this.name(t);
    }
    return this.unexpected();
  }

  private name(t: Token): Node {
    const s = t.s;
    if (s === 'x') return X;
    const c = CONSTANTS.get(s);
    if (c) return { k: 'num', v: c.v, sym: c.sym };
    if (CALLABLE.has(s) || getActivation(s) || RESERVED_KEYS.has(s))
      fail('reserved-name', t.start, t.end, s);
    if (!this.seen.has(s)) {
      if (this.params.length >= MAX_PARAMS) fail('too-many-params', t.start, t.end, s);
      this.seen.add(s);
      this.params.push(s);
    }
    return { k: 'par', name: s };
  }

  /** Arguments of a call: positional ones, then `key=value` ones. */
  private args(open: Token): { pos: Node[]; kw: { key: Token; value: Node }[] } {
    this.i++; // '('
    this.enter(open);
    const pos: Node[] = [];
    const kw: { key: Token; value: Node }[] = [];
    if (!this.isOp(')')) {
      for (;;) {
        const t = this.tok;
        if (t.t === 'id' && this.toks[this.i + 1]!.t === 'op' && this.toks[this.i + 1]!.s === '=') {
          this.i += 2;
          kw.push({ key: t, value: this.expr() });
        } else {
          if (kw.length > 0) this.unexpected(); // positional after keyword, as in Python
          pos.push(this.expr());
        }
        if (this.isOp(',')) {
          this.i++;
          continue;
        }
        break;
      }
    }
    if (!this.isOp(')')) {
      if (this.tok.t === 'end') fail('unbalanced-paren', open.start, open.end);
      this.unexpected();
    }
    this.i++;
    this.depth--;
    return { pos, kw };
  }

  private call(t: Token): Node {
    const open = this.tok;
    const name = t.s;
    const arity = CALLABLE.get(name);
    const act = getActivation(name);
    if (!arity && !act) {
      // Fail at the name, but only after the arguments parse, so `foo(` reports the paren.
      this.args(open);
      return fail('unknown-function', t.start, t.end, name);
    }
    const { pos, kw } = this.args(open);
    const end = this.toks[this.i - 1]!.end;
    // A plain function unless keywords or extra arguments ask for the registry's version
    // (`softplus(x)` is log(1 + eˣ); `softplus(x, beta=2)` is PyTorch's Softplus).
    if (arity && (!act || (kw.length === 0 && pos.length <= arity[1]))) {
      if (kw.length > 0) fail('unknown-keyword', kw[0]!.key.start, kw[0]!.key.end, kw[0]!.key.s);
      if (pos.length < arity[0] || pos.length > arity[1])
        throw new Fail({
          code: 'wrong-arity',
          start: t.start,
          end,
          name,
          expected: arity[1] === Infinity ? `≥ ${arity[0]}` : String(arity[0]),
        });
      if (name === 'min' || name === 'max')
        return pos.slice(1).reduce<Node>((acc, b) => ({ k: 'fn', name, args: [acc, b] }), pos[0]!);
      return { k: 'fn', name, args: pos };
    }
    const specs = act!.params;
    const expected = specs.length === 0 ? '1' : `1–${specs.length + 1}`;
    if (pos.length < 1 || pos.length > specs.length + 1)
      throw new Fail({ code: 'wrong-arity', start: t.start, end, name, expected });
    const given: (Node | undefined)[] = specs.map((_, i) => pos[i + 1]);
    const aliases = KEYWORD_ALIASES.get(name);
    for (const { key, value } of kw) {
      const k = aliases?.get(key.s) ?? key.s;
      const i = specs.findIndex((s) => s.key === k);
      if (i < 0 || given[i] !== undefined) fail('unknown-keyword', key.start, key.end, key.s);
      given[i] = value;
    }
    given.forEach((g) => {
      if (g && hasX(g)) fail('x-in-parameter', t.start, end, name);
    });
    return {
      k: 'act',
      id: act!.id,
      d: false,
      a: pos[0]!,
      params: specs.map((s, i) => given[i] ?? num(s.default)),
    };
  }
}

/** Parses `src`: the tree and its free names, or the first error. Never throws. */
export function parse(
  src: string,
): { ok: true; value: Parsed } | { ok: false; error: FormulaError } {
  if (src.length > MAX_LENGTH)
    return { ok: false, error: { code: 'too-long', start: MAX_LENGTH, end: src.length } };
  if (src.trim() === '') return { ok: false, error: { code: 'empty', start: 0, end: src.length } };
  try {
    const p = new Parser(tokenize(src));
    const ast = p.parseAll();
    return { ok: true, value: { ast, params: p.params } };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}
