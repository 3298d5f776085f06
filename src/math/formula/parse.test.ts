// The parser against hostile and random input: it returns a formula or an error pointing into
// the source, never throws, never hangs, and never resolves a name through a prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- a test only: keeps RESERVED_KEYS in step with the schema
import { PARAM_KEYS, textNames } from '../../state/schema';
import { compileFormula, MAX_DEPTH, MAX_LENGTH, MAX_PARAMS, type CompileResult } from './index';

/** Compiles and, when it succeeds, exercises everything the formula offers. */
function exercise(src: string): CompileResult {
  const r = compileFormula(src);
  if (r.ok) {
    const { activation: a, kinksIn, tex, code } = r.formula;
    for (const x of [-2, 0, 0.5, 3]) {
      expect(typeof a.f(x)).toBe('number');
      expect(typeof a.df(x)).toBe('number');
    }
    expect(Array.isArray(kinksIn({}, [-3, 3]))).toBe(true);
    expect(typeof tex.f).toBe('string');
    expect(typeof tex.df).toBe('string');
    expect(typeof code().numpy).toBe('string');
  } else {
    const { start, end } = r.error;
    expect(0 <= start && start <= end && end <= src.length).toBe(true);
  }
  return r;
}

const errorOf = (src: string) => {
  const r = compileFormula(src);
  return r.ok ? undefined : r.error;
};

describe('compileFormula on hostile input', () => {
  it('treats prototype names as ordinary free parameters, never as prototype hits', () => {
    const r = exercise('constructor + __proto__ * toString - hasOwnProperty');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.formula.paramNames).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
    ]);
    // Missing keys take the default 1, not Object.prototype's members.
    expect(r.formula.activation.f(0, {})).toBe(1 + 1 * 1 - 1);
    const own = JSON.parse(
      '{"__proto__": 3, "constructor": 2, "toString": 5, "hasOwnProperty": 0}',
    );
    expect(r.formula.activation.f(0, own)).toBe(2 + 3 * 5 - 0);
    expect(r.formula.activation.params.map((s) => s.key)).toEqual(r.formula.paramNames);
  });

  it('refuses property access, HTML, oversized and overnested input with a located error', () => {
    expect(errorOf('x.constructor')).toMatchObject({ code: 'bad-character', start: 1, end: 2 });
    expect(errorOf('toString(x)')).toMatchObject({ code: 'unknown-function', start: 0, end: 8 });
    expect(errorOf('constructor(x)')).toMatchObject({ code: 'unknown-function' });
    expect(errorOf('<img src=x onerror=alert(1)>')).toMatchObject({
      code: 'unexpected-token',
      start: 0,
    });
    expect(errorOf('x<script>alert(1)</script>')?.code).toBeDefined();
    expect(errorOf('1e309')).toMatchObject({ code: 'bad-number', start: 0, end: 5 });
    expect(errorOf('x * 1e-400')).toBeUndefined(); // underflows to 0: a number all the same
    expect(errorOf('x'.repeat(10_000))).toMatchObject({ code: 'too-long', start: MAX_LENGTH });
    expect(errorOf('('.repeat(1000) + 'x' + ')'.repeat(1000))?.code).toBe('too-long');
    const deep = '('.repeat(MAX_DEPTH + 1) + 'x' + ')'.repeat(MAX_DEPTH + 1);
    expect(errorOf(deep)).toMatchObject({ code: 'too-deep', start: MAX_DEPTH, end: MAX_DEPTH + 1 });
    expect(errorOf('-'.repeat(400) + 'x')?.code).toBe('too-deep');
    expect(errorOf('x' + '^x'.repeat(200))?.code).toBe('too-deep');
    expect(errorOf('sin('.repeat(90) + 'x' + ')'.repeat(90))?.code).toBe('too-deep');
    const ok = '('.repeat(MAX_DEPTH) + 'x' + ')'.repeat(MAX_DEPTH);
    expect(errorOf(ok)).toBeUndefined();
  });

  it('keeps f′ small when max and min nest (each level would otherwise double it)', () => {
    const src = 'max('.repeat(60) + 'x' + ', 0)'.repeat(60);
    const r = exercise(src);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.formula.activation.df(0.5)).toBe(1);
    expect(r.formula.activation.df(-0.5)).toBe(0);
    expect(r.formula.tex.df.length).toBeLessThan(200_000);
  });

  it('reports each kind of mistake at its place', () => {
    expect(errorOf('')).toMatchObject({ code: 'empty' });
    expect(errorOf('   ')).toMatchObject({ code: 'empty' });
    expect(errorOf('x + * 2')).toMatchObject({
      code: 'unexpected-token',
      start: 4,
      end: 5,
      name: '*',
    });
    expect(errorOf('x +')).toMatchObject({ code: 'unexpected-end', start: 3 });
    expect(errorOf('max(x, (1 + x)')).toMatchObject({ code: 'unbalanced-paren', start: 3, end: 4 });
    expect(errorOf('((x)')).toMatchObject({ code: 'unbalanced-paren', start: 0, end: 1 });
    expect(errorOf('x)')).toMatchObject({ code: 'unbalanced-paren', start: 1, end: 2 });
    expect(errorOf('1.2.3')).toMatchObject({ code: 'bad-number', start: 0, end: 5 });
    expect(errorOf('2x')).toMatchObject({ code: 'bad-number', start: 0, end: 2 });
    expect(errorOf('foo(x)')).toMatchObject({
      code: 'unknown-function',
      start: 0,
      end: 3,
      name: 'foo',
    });
    expect(errorOf('a(x)')).toMatchObject({ code: 'unknown-function', name: 'a' });
    expect(errorOf('max(x)')).toMatchObject({ code: 'wrong-arity', name: 'max', expected: '≥ 2' });
    expect(errorOf('exp(x, 2)')).toMatchObject({ code: 'wrong-arity', name: 'exp', expected: '1' });
    expect(errorOf('where(x > 0, x)')).toMatchObject({ code: 'wrong-arity', expected: '3' });
    expect(errorOf('relu6(x, 2)')).toMatchObject({ code: 'wrong-arity', expected: '1' });
    expect(errorOf('elu(x, beta=1)')).toMatchObject({ code: 'unknown-keyword', name: 'beta' });
    expect(errorOf('elu(x, 1, alpha=2)')).toMatchObject({ code: 'unknown-keyword', name: 'alpha' });
    expect(errorOf('exp(x, alpha=2)')).toMatchObject({ code: 'unknown-keyword', name: 'alpha' });
    expect(errorOf('elu(x, alpha=x)')).toMatchObject({ code: 'x-in-parameter', name: 'elu' });
    expect(errorOf('0 < x < 1')).toMatchObject({ code: 'unexpected-token', start: 6 });
    expect(errorOf('sin + 1')).toMatchObject({
      code: 'reserved-name',
      start: 0,
      end: 3,
      name: 'sin',
    });
    expect(errorOf('x * gelu')).toMatchObject({ code: 'reserved-name', name: 'gelu' });
    const many = Array.from({ length: MAX_PARAMS + 1 }, (_, i) => `p${i}`).join(' + ');
    expect(errorOf(many)).toMatchObject({ code: 'too-many-params', name: `p${MAX_PARAMS}` });
  });

  it('refuses as a parameter every name the URL and the element attributes already use', () => {
    const names = new Set([...textNames('url'), ...textNames('attr')]);
    for (const k of PARAM_KEYS) names.delete(k); // activation parameters: free names may share them
    for (const n of [...names, 'expr', 'view']) {
      expect(errorOf(`${n} * x`), n).toMatchObject({ code: 'reserved-name', name: n });
    }
  });

  it('accepts the language of the issue', () => {
    for (const src of [
      'x * sigmoid(b * x)',
      'max(0, x) + a * min(0, x)',
      'where(x > 0, x, a * expm1(x))',
      'x * tanh(softplus(x))',
      'x^2 * (x > 0)',
      'gelu(x)',
      'elu(x, alpha=a)',
      'leaky_relu(x, negative_slope=0.1)',
      'max(x, 0, -1, a)',
      'abs(x) + sign(x) + sqrt(abs(x)) + log(1 + x^2) + log1p(x^2) + sin(x) * cos(x) + erf(x)',
      'relu(x) - step(x) + exp(-x^2) + pi * e + 1e-3 * x + .5 + 2.',
      'x <= 1 + (x >= 2) + (x == 0) + (x != 1) - (x < a)',
      '2^-x + 2^3^2 + x**2 + −x × 2 · a',
      'α * x + β',
    ]) {
      const r = exercise(src);
      expect(r.ok, `${src}: ${JSON.stringify(r)}`).toBe(true);
    }
    const r = compileFormula('2^3^2 - -x^2');
    expect(r.ok && r.formula.activation.f(3)).toBe(512 + 9); // right-associative ^; −x² = −(x²)
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600, unit: 'binary' }), (s) => {
        exercise(s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random sequences of the language’s own tokens', () => {
    const token = fc.constantFrom(
      'x',
      'a',
      '1',
      '2.5',
      '1e309',
      '-',
      '+',
      '*',
      '/',
      '^',
      '(',
      ')',
      ',',
      '=',
      '<',
      '>=',
      '!=',
      'max',
      'min',
      'where',
      'elu',
      'alpha',
      'softplus',
      'beta',
      'exp',
      'abs',
      'sign',
      'step',
      'constructor',
      '__proto__',
      '.',
      ' ',
      'fn',
      'pi',
      'e',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (ts) => {
        exercise(ts.join(''));
        exercise(ts.join(' '));
      }),
      { numRuns: 1000 },
    );
  });
});
