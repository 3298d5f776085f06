import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activations, getActivation, type Activation } from '../math';
import { codeSnippets, NUMPY } from './code';
import { paramValues } from './lookup';
import { py } from './snippets';
import { TEX, texOf } from './tex';
import { TORCH, torchCall } from './torch';

const ids = activations.map((a) => a.id).sort();
const act = (id: string): Activation => getActivation(id)!;

/** Each parameter at its slider's top, hardtanh's pair kept ordered. */
function maxSetting(a: Activation): Record<string, number> {
  const p = Object.fromEntries(a.params.map((s) => [s.key, s.max]));
  if (a.id === 'hardtanh') p.min_val = a.params[0]!.min;
  return p;
}

describe('explanation tables', () => {
  it('have one entry per registry id and no other', () => {
    expect(Object.keys(TEX).sort()).toEqual(ids);
    expect(Object.keys(TORCH).sort()).toEqual(ids);
    expect(Object.keys(NUMPY).sort()).toEqual(ids);
  });

  it('answer undefined for an id they do not have, inherited names included', () => {
    const unknown = { id: 'constructor', params: [] };
    expect(texOf(unknown)).toBeUndefined();
    expect(torchCall(unknown)).toBeUndefined();
    expect(codeSnippets(unknown)).toBeUndefined();
  });

  it('fill every parameter from the registry’s defaults', () => {
    expect(paramValues(act('softplus'))).toEqual({ beta: 1, threshold: 20 });
    expect(paramValues(act('softplus'), { beta: 2, alpha: 9 })).toEqual({
      beta: 2,
      threshold: 20,
    });
    expect(paramValues(act('relu'))).toEqual({});
  });

  it('write Python float literals that read back as the same double', () => {
    expect(py(1)).toBe('1.0');
    expect(py(-0.5)).toBe('-0.5');
    expect(py(1 / 3)).toBe('0.3333333333333333');
    expect(Number(py(Math.sqrt(2 / Math.PI)))).toBe(Math.sqrt(2 / Math.PI));
  });
});

describe('PyTorch names', () => {
  it('name the PyTorch module, omitting default arguments', () => {
    const t = (id: string, p?: Record<string, number>) => torchCall(act(id), p);
    expect(t('relu')).toBe('torch.nn.ReLU()');
    expect(t('leaky_relu')).toBe('torch.nn.LeakyReLU()');
    expect(t('leaky_relu', { alpha: 0.1 })).toBe('torch.nn.LeakyReLU(negative_slope=0.1)');
    expect(t('prelu', { alpha: 0.5 })).toBe('torch.nn.PReLU(init=0.5)');
    expect(t('rrelu')).toBe('torch.nn.RReLU().eval()');
    expect(t('rrelu', { upper: 0.5 })).toBe('torch.nn.RReLU(upper=0.5).eval()');
    expect(t('elu', { alpha: 2 })).toBe('torch.nn.ELU(alpha=2.0)');
    expect(t('elu')).toBe('torch.nn.ELU()');
    expect(t('gelu')).toBe('torch.nn.GELU()');
    expect(t('gelu_tanh')).toBe("torch.nn.GELU(approximate='tanh')");
    expect(t('silu')).toBe('torch.nn.SiLU()');
    expect(t('silu', { beta: 2 })).toBe('lambda x: x * torch.sigmoid(2.0 * x)');
    expect(t('softplus', { beta: 2 })).toBe('torch.nn.Softplus(beta=2.0)');
    expect(t('hardtanh', { min_val: -2 })).toBe('torch.nn.Hardtanh(min_val=-2.0)');
    expect(t('threshold')).toBe('torch.nn.Threshold(threshold=0.0, value=0.0)');
    expect(t('softshrink', { lambd: 1 })).toBe('torch.nn.Softshrink(lambd=1.0)');
    expect(t('hardshrink')).toBe('torch.nn.Hardshrink()');
  });

  it('mention every parameter that differs from its default, and nothing undefined', () => {
    for (const a of activations) {
      const p = maxSetting(a);
      const call = torchCall(a, p)!;
      expect(call, a.id).not.toMatch(/undefined|NaN/);
      for (const s of a.params)
        if (p[s.key] !== s.default) expect(call, `${a.id}.${s.key}`).toContain(py(p[s.key]!));
    }
  });
});

describe('code snippets', () => {
  it('define f and df with the parameter values and use autograd', () => {
    for (const a of activations) {
      for (const p of [undefined, maxSetting(a)]) {
        const { numpy, torch } = codeSnippets(a, p)!;
        const values = paramValues(a, p);
        expect(numpy).toMatch(/^import numpy as np/);
        expect(numpy).toContain('def f(x):\n    x = np.asarray(x, dtype=float)\n');
        expect(numpy).toContain('def df(x):\n    x = np.asarray(x, dtype=float)\n');
        for (const s of a.params) expect(numpy).toContain(`\n${s.key} = ${py(values[s.key]!)}\n`);
        expect(numpy + torch, a.id).not.toMatch(/undefined|NaN/);
        expect(torch).toContain(`act = ${torchCall(a, p)}\n`);
        expect(torch).toContain('torch.autograd.grad');
      }
    }
  });

  it('print f and f′ at a scalar, a list and an array, as the tutorial does', () => {
    const { numpy } = codeSnippets(act('relu'))!;
    expect(numpy).toContain(
      'for x in [5, -3, 0, [-2.0, -0.5, 0.0, 0.5, 2.0], np.linspace(-2, 2, 5)]:\n',
    );
    expect(numpy).toContain('print("f(x)  =", f(x))');
    expect(numpy).toContain(`print("f'(x) =", df(x))`);
  });
});

describe('TeX', () => {
  it('has f and f′ for every function, written with its parameter symbols', () => {
    for (const a of activations) {
      const tex = texOf(a)!;
      expect(tex.f.length, a.id).toBeGreaterThan(0);
      expect(tex.df.length, a.id).toBeGreaterThan(0);
      expect(Object.keys(tex.params ?? {}).sort(), a.id).toEqual(a.params.map((s) => s.key).sort());
      // RReLU writes its slope as (l + u)/2, where neither symbol stands alone.
      for (const [key, symbol] of Object.entries(tex.params ?? {}))
        if (a.id !== 'rrelu') expect(tex.f + tex.df, `${a.id} ${key}`).toContain(symbol);
    }
  });
});

/** Source files under src/ that are not tests. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every import specifier of a source file. */
const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXPLAIN = join(SRC, 'explain');
const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + '/');

describe('who reads the explanation text', () => {
  it('is components/explain alone, which loads lazily with the explanations', () => {
    const readers = new Set<string>();
    for (const file of sources(SRC)) {
      if (inside(file, EXPLAIN)) continue;
      for (const spec of imports(file))
        if (spec.startsWith('.') && inside(resolve(dirname(file), spec), EXPLAIN))
          readers.add(relative(SRC, file));
    }
    expect([...readers].filter((f) => !f.startsWith('components/explain/'))).toEqual([]);
    expect([...readers]).toEqual(
      expect.arrayContaining([
        'components/explain/CodePanel.tsx',
        'components/explain/FormulaPanel.tsx',
        'components/explain/PropertiesList.tsx',
      ]),
    );
  });

  it('is plain data: src/explain imports only itself and src/math (no React, no store)', () => {
    for (const file of sources(EXPLAIN))
      for (const spec of imports(file)) {
        const target = resolve(dirname(file), spec);
        expect(inside(target, EXPLAIN) || inside(target, join(SRC, 'math')), spec).toBe(true);
      }
  });
});
