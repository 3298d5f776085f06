// The NumPy code a formula translates to, checked by running it: fixtures/run_snippets.py ran
// each case's snippet with python3 + NumPy/SciPy and recorded what it printed. This test never
// runs python: it checks that the engine still writes the code that was run, and that what
// that code printed (f and the symbolic f′ at 5, −3, 0 and two small arrays) agrees with the
// compiled formula to 1e-12.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFormula } from './index';

interface FixtureCase {
  source: string;
  params: Record<string, number>;
  sha256: string;
  stdout: string;
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/numpy-snippets.json', import.meta.url), 'utf8'),
) as { cases: FixtureCase[] };

const INPUTS = [[5], [-3], [0], [-2, -0.5, 0, 0.5, 2], [-2, -1, 0, 1, 2]];
const NUMBER = /[-+]?(?:inf|nan|\d+\.?\d*(?:e[-+]?\d+)?)/g;

function numbers(text: string): number[] {
  return [...text.matchAll(NUMBER)].map(([t]) => {
    const s = t.replace(/^\+/, '');
    if (s.endsWith('inf')) return s.startsWith('-') ? -Infinity : Infinity;
    return s === 'nan' ? NaN : Number(s);
  });
}

/** The values after `label` up to the next label, for each of the five inputs. */
function printed(stdout: string, label: string): number[][] {
  const blocks = stdout.split(/^x {5}= /m).slice(1);
  return blocks.map((b) => {
    const start = b.indexOf(label);
    const rest = b.slice(start + label.length);
    const end = rest.search(/^(?:f\(x\)|f'\(x\)) /m);
    return numbers(end < 0 ? rest : rest.slice(0, end));
  });
}

/** Equal to 1e-12, where NumPy's ±∞ (no finiteness test in the snippet) is the engine's NaN. */
function agree(py: number, js: number): boolean {
  if (!Number.isFinite(py)) return js !== js;
  const m = Math.max(Math.abs(py), Math.abs(js));
  return Math.abs(py - js) <= 1e-12 * m || Math.abs(py - js) <= 1e-15;
}

describe('NumPy translation of formulas', () => {
  it('covers a dozen formulas using every function family', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const c of fixture.cases) {
    it(c.source, () => {
      const r = compileFormula(c.source);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const code = r.formula.code(c.params).numpy;
      const hash = createHash('sha256').update(code).digest('hex');
      expect(
        hash,
        'the snippet changed: rerun python3 src/math/formula/fixtures/run_snippets.py',
      ).toBe(c.sha256);
      const { f, df } = r.formula.activation.bind(c.params);
      const fs = printed(c.stdout, 'f(x)  =');
      const dfs = printed(c.stdout, "f'(x) =");
      expect(fs.length).toBe(INPUTS.length);
      INPUTS.forEach((xs, i) => {
        expect(fs[i]!.length).toBe(xs.length);
        xs.forEach((x, j) => {
          expect(agree(fs[i]![j]!, f(x)), `f(${x}): numpy ${fs[i]![j]} vs ${f(x)}`).toBe(true);
          expect(agree(dfs[i]![j]!, df(x)), `f'(${x}): numpy ${dfs[i]![j]} vs ${df(x)}`).toBe(true);
        });
      });
    });
  }
});
