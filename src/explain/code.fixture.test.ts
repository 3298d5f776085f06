// The NumPy code the panel shows, checked by running it: run_snippets.py ran every snippet with
// python3 + NumPy and recorded what it printed (fixtures/numpy-snippets.json). This test never
// runs python; it checks that the panel still shows the code that was run, and that what the
// code printed agrees with the registry's f and f′.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activations, getActivation } from '../math';
import { codeSnippets } from './code';
import { paramValues } from './lookup';

interface FixtureCase {
  id: string;
  params: Record<string, number>;
  sha256: string;
  stdout: string;
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/numpy-snippets.json', import.meta.url), 'utf8'),
) as { numpy: string; cases: FixtureCase[] };

const REGENERATE = 'rerun python3 src/explain/fixtures/run_snippets.py';

/** The example inputs every snippet prints at: 5, −3, 0, a list and np.linspace(-2, 2, 5). */
const INPUTS = [[5], [-3], [0], [-2, -0.5, 0, 0.5, 2], [-2, -1, 0, 1, 2]];

/** Python and NumPy spell numbers as `-0.5`, `2.`, `1e-05`, `-1.5e+00`, `nan`, `inf`. */
const NUMBER = /[-+]?(?:inf|nan|\d+\.?\d*(?:e[-+]?\d+)?)/g;

function numbers(text: string): number[] {
  return [...text.matchAll(NUMBER)].map(([t]) => {
    const s = t.replace(/^\+/, '');
    if (s.endsWith('inf')) return s.startsWith('-') ? -Infinity : Infinity;
    return s === 'nan' ? NaN : Number(s);
  });
}

interface Printed {
  x: number[];
  f: number[];
  df: number[];
}

/** The `x =`, `f(x) =`, `f'(x) =` blocks of a snippet's output; NumPy wraps long arrays. */
function parse(stdout: string): Printed[] {
  const fields: [label: string, text: string][] = [];
  for (const line of stdout.trimEnd().split('\n')) {
    const m = /^(x|f\(x\)|f'\(x\)) *= (.*)$/.exec(line);
    if (m) fields.push([m[1]!, m[2]!]);
    else if (fields.length > 0) fields[fields.length - 1]![1] += ` ${line}`;
    else throw new Error(`unexpected output line: ${line}`);
  }
  const out: Printed[] = [];
  for (let i = 0; i < fields.length; i += 3) {
    const labels = fields.slice(i, i + 3).map(([l]) => l);
    if (labels.join() !== "x,f(x),f'(x)") throw new Error(`unexpected labels: ${labels.join()}`);
    const [x, f, df] = fields.slice(i, i + 3).map(([, t]) => numbers(t)) as [
      number[],
      number[],
      number[],
    ];
    out.push({ x, f, df });
  }
  return out;
}

/** Equal within 1e-12 relative, NaN matching NaN and ±0 matching either zero. */
function close(got: number, want: number): boolean {
  if (Number.isNaN(got) || Number.isNaN(want)) return Number.isNaN(got) && Number.isNaN(want);
  if (got === want) return true;
  return Math.abs(got - want) <= 1e-12 * Math.max(Math.abs(got), Math.abs(want));
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the NumPy snippets, as run by python3 + NumPy', () => {
  it('cover every function at its defaults and, with parameters, at another setting', () => {
    for (const a of activations) {
      const cases = fixture.cases.filter((c) => c.id === a.id);
      const defaults = paramValues(a);
      expect(cases.some((c) => sameParams(c.params, defaults), a.id)).toBe(true);
      if (a.params.length > 0)
        expect(
          cases.some((c) => !sameParams(c.params, defaults)),
          a.id,
        ).toBe(true);
    }
  });

  it.each(fixture.cases.map((c) => [c.id, JSON.stringify(c.params), c] as const))(
    '%s %s: the panel shows the code that was run',
    (id, _params, c) => {
      const shown = codeSnippets(getActivation(id)!, c.params)!.numpy;
      expect(sha256(shown), `the ${id} snippet changed: ${REGENERATE}`).toBe(c.sha256);
    },
  );

  it.each(fixture.cases.map((c) => [c.id, JSON.stringify(c.params), c] as const))(
    '%s %s: printed f and f′ at a scalar, a list and an array match the registry',
    (id, _params, c) => {
      const a = getActivation(id)!;
      // A scalar comes back as a Python float: no `array(5.)` or `np.float64(…)` printed.
      expect(c.stdout).not.toMatch(/array|float64/);
      const printed = parse(c.stdout);
      expect(printed.map((p) => p.x)).toEqual(INPUTS);
      for (const { x, f, df } of printed) {
        expect(f, `${id} f at ${x}`).toHaveLength(x.length);
        expect(df, `${id} f′ at ${x}`).toHaveLength(x.length);
        x.forEach((xi, i) => {
          const want = { f: a.f(xi, c.params), df: a.df(xi, c.params) };
          expect(close(f[i]!, want.f), `${id} f(${xi}) = ${f[i]} vs ${want.f}`).toBe(true);
          expect(close(df[i]!, want.df), `${id} f′(${xi}) = ${df[i]} vs ${want.df}`).toBe(true);
        });
      }
    },
  );
});

describe('the output parser', () => {
  it('reads wrapped arrays, exponents, nan and inf, and rejects unknown lines', () => {
    const out = parse("x     = [1.0, 2.0]\nf(x)  = [-1.5e-05  nan\n  inf]\nf'(x) = [0. 2.]\n");
    expect(out).toEqual([{ x: [1, 2], f: [-1.5e-5, NaN, Infinity], df: [0, 2] }]);
    expect(() => parse('Traceback (most recent call last):\n')).toThrow(/unexpected/);
    expect(close(1, 1 + 2e-12)).toBe(false);
    expect(close(0, -0)).toBe(true);
  });
});

function sameParams(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
