// The package's TypeScript declarations as consumers compile against them: a tiny project per
// moduleResolution (bundler, node16, nodenext with "type": "module", node10), its
// node_modules/activation-explorer a link to this repository with its built dist/ (what
// `npm run build` wrote; `npm pack` would ship the same files). Each project uses the React
// component, the math entry and `<activation-explorer>` in TSX, and holds deliberate type errors
// under `@ts-expect-error`: if the props fell back to `any`, the directive itself would fail.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './paths';

const run = promisify(execFile);

const CONSUMER = `
import { ActivationExplorer, type ExplorerValue } from 'activation-explorer';
import { derivative, evaluate, getActivation } from 'activation-explorer/math';
import 'activation-explorer/element';
import type { ActivationExplorerElement } from 'activation-explorer/element';

export const y: number = evaluate('leaky_relu', -2, { alpha: 0.1 });
export const dy: number = derivative('relu', 0);
export const kinks = getActivation('elu')?.kinks({ alpha: 1 });

export const figure = (
  <ActivationExplorer
    fn="leaky_relu"
    params={{ alpha: 0.1 }}
    xmin={-3}
    xmax={3}
    theme="inherit"
    appUrl="/ae/"
    onChange={(v: ExplorerValue) => v.params}
    onInput={(v) => v.xmin.toFixed(1)}
  />
);
export const element = (
  <activation-explorer
    fn="elu"
    alpha={0.5}
    xmin="-3"
    derivative
    theme="inherit"
    app-url="https://example.org/ae/"
    controls="alpha,range"
    onactivation-explorer-change={(e) => e.detail.params}
  />
);
const el: ActivationExplorerElement | null = document.querySelector('activation-explorer');
export const fn: string | undefined = el?.value?.fn;
document.addEventListener('activation-explorer-input', (e) => e.detail.xmax.toFixed(2));

// Deliberate errors: each line below must fail to type-check.
// @ts-expect-error fn is a string
export const bad1 = <ActivationExplorer fn={42} />;
// @ts-expect-error onChange receives an ExplorerValue
export const bad2 = <ActivationExplorer onChange={(v: number) => v} />;
// @ts-expect-error no such theme
export const bad3 = <activation-explorer theme="sepia" />;
// @ts-expect-error a parameter is a number
export const bad4 = <activation-explorer alpha={{}} />;
// @ts-expect-error evaluate takes numbers
export const bad5 = evaluate('relu', 'x');
// @ts-expect-error the value has no such field
export const bad6 = el?.value?.nope;
`;

interface Setup {
  module: string;
  moduleResolution: string;
  esm: boolean;
}

const SETUPS: Record<string, Setup> = {
  bundler: { module: 'esnext', moduleResolution: 'bundler', esm: true },
  node16: { module: 'node16', moduleResolution: 'node16', esm: true },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext', esm: true },
  node10: { module: 'esnext', moduleResolution: 'node10', esm: false },
};

/** Packages the consumer needs besides ours, linked from this repository's node_modules. */
const LINKED = ['react', 'react-dom', '@types/react', '@types/react-dom', 'zustand'];

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ae-types-'));
  for (const [name, s] of Object.entries(SETUPS)) {
    const dir = join(work, name);
    await mkdir(join(dir, 'node_modules', '@types'), { recursive: true });
    await symlink(ROOT, join(dir, 'node_modules', 'activation-explorer'), 'dir');
    for (const dep of LINKED)
      await symlink(join(ROOT, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: `consumer-${name}`, private: true, ...(s.esm && { type: 'module' }) }),
    );
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          module: s.module,
          moduleResolution: s.moduleResolution,
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          // Our declarations are checked too, not skipped.
          skipLibCheck: false,
          types: [],
          ...(s.moduleResolution === 'node10' && { ignoreDeprecations: '5.0' }),
        },
        files: ['index.tsx'],
      }),
    );
    await writeFile(join(dir, 'index.tsx'), CONSUMER);
  }
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('TypeScript consumers', () => {
  it.each(Object.keys(SETUPS))(
    'type-check under moduleResolution %s: no errors, and the deliberate ones caught',
    async (name) => {
      const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const dir = join(work, name);
      const result = await run(process.execPath, [tsc, '-p', dir], { cwd: dir }).then(
        () => '',
        (e: { stdout?: string; stderr?: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}`,
      );
      expect(result).toBe('');
    },
    120_000,
  );
});
