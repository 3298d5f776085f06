// The npm package as a stranger gets it: `npm pack`, install the tarball into a fresh Vite
// project in the OS temp folder (from the local npm cache where possible), typecheck and build
// that project, then open it in Chromium. Covers `exports`, the bundled type declarations,
// React as a peer dependency, the math entry without React, and the stylesheet import.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launch, openProbedPage } from './browser';
import { ROOT } from './paths';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NODE = process.execPath;

/** The version of a package installed in this repository (so the temp install hits the cache). */
async function installed(name: string): Promise<string> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  return pkg.version as string;
}

/**
 * Runs a command as a person would in a shell: without the test runner's NODE_ENV=test, which
 * would make a build use React's development runtime.
 */
async function sh(cmd: string, args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.NODE_ENV;
  try {
    // Each step is bounded: killed, it fails the test with its output instead of outliving it.
    return await run(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 });
  } catch (e) {
    const err = e as Error & { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${err.stdout}\n${err.stderr}`, {
      cause: e,
    });
  }
}

const APP_MAIN = `
import { StrictMode, createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ActivationExplorer, type ExplorerValue } from 'activation-explorer';
import { evaluate } from 'activation-explorer/math';

function Controlled() {
  const [value, setValue] = useState<ExplorerValue>({
    fn: 'leaky_relu', params: { alpha: 0.1 }, xmin: -3, xmax: 3, cmp: [], derivative: true, diff: false,
  });
  return h('section', { id: 'controlled' },
    h(ActivationExplorer, { value, onChange: setValue, controls: 'alpha', lang: 'en' }),
    h('output', { id: 'alpha' }, String(value.params.alpha)));
}

// @ts-expect-error -- the published types are real: fn is a string
void h(ActivationExplorer, { fn: 42 });

document.getElementById('math')!.textContent = String(evaluate('leaky_relu', -2, { alpha: 0.1 }));
createRoot(document.getElementById('root')!).render(
  h(StrictMode, null,
    h(Controlled),
    h('section', { id: 'uncontrolled' }, h(ActivationExplorer, { fn: 'gelu', controls: 'none', lang: 'zh-CN' }))),
);
`;

const MATH_MAIN = `
import { activations, derivative } from 'activation-explorer/math';
document.body.textContent = activations.map((a) => a.id + ':' + derivative(a.id, 0)).join(' ');
`;

const page = (title: string, script: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>` +
  `<body>${body}<script type="module" src="${script}"></script></body></html>`;

let work: string;
let app: string;
let browser: Browser | undefined;
let server: PreviewServer | undefined;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ae-pack-'));
  // Build the package into a staging copy, so the repository's own dist/ is left alone.
  const stage = join(work, 'stage');
  await mkdir(stage, { recursive: true });
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await sh(
    NODE,
    [
      vite,
      'build',
      '-c',
      'vite.wc.config.ts',
      '--logLevel',
      'warn',
      '--outDir',
      join(stage, 'dist'),
    ],
    ROOT,
  );
  await sh(
    NODE,
    [
      vite,
      'build',
      '-c',
      'vite.lib.config.ts',
      '--logLevel',
      'warn',
      '--outDir',
      join(stage, 'dist', 'lib'),
    ],
    ROOT,
  );
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await sh(
    NODE,
    [
      tsc,
      '-p',
      'tsconfig.lib.json',
      '--noCheck',
      '--declarationDir',
      join(stage, 'dist', 'lib', 'types'),
    ],
    ROOT,
  );
  await sh(
    NODE,
    [join(ROOT, 'scripts', 'dts-extensions.mjs'), join(stage, 'dist', 'lib', 'types')],
    ROOT,
  );
  for (const f of ['package.json', 'README.md', 'LICENSE', 'docs'])
    await cp(join(ROOT, f), join(stage, f), { recursive: true }).catch(() => {});
  const { stdout } = await sh(
    NPM,
    ['pack', '--ignore-scripts', '--json', '--pack-destination', work],
    stage,
  );
  const tarball = join(work, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);

  app = join(work, 'app');
  await mkdir(join(app, 'src'), { recursive: true });
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'ae-consumer',
        private: true,
        type: 'module',
        dependencies: {
          'activation-explorer': `file:${tarball}`,
          react: await installed('react'),
          'react-dom': await installed('react-dom'),
        },
        devDependencies: {
          vite: await installed('vite'),
          typescript: await installed('typescript'),
          '@types/react': await installed('@types/react'),
          '@types/react-dom': await installed('@types/react-dom'),
        },
      },
      null,
      2,
    ),
  );
  await writeFile(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['src'],
    }),
  );
  await writeFile(
    join(app, 'index.html'),
    page('consumer', '/src/main.ts', '<p id="math"></p><div id="root"></div>'),
  );
  await writeFile(join(app, 'math.html'), page('math only', '/src/math.ts'));
  await writeFile(join(app, 'src', 'main.ts'), APP_MAIN);
  await writeFile(join(app, 'src', 'math.ts'), MATH_MAIN);
  await writeFile(
    join(app, 'vite.config.js'),
    `export default { build: { rollupOptions: { input: { main: 'index.html', math: 'math.html' } } } };\n`,
  );
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('installs from the packed tarball into a fresh Vite project', async () => {
    await sh(
      NPM,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      app,
    );
    const pkg = JSON.parse(
      await readFile(join(app, 'node_modules', 'activation-explorer', 'package.json'), 'utf8'),
    );
    expect(pkg.peerDependencies.react).toBeTruthy();
    // React comes from the app, once: the package brings no copy of its own.
    await expect(
      readdir(join(app, 'node_modules', 'activation-explorer', 'node_modules', 'react')),
    ).rejects.toThrow();
  }, 300_000);

  it('typechecks against the bundled declarations', async () => {
    await sh(NODE, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], app);
  }, 120_000);

  it('builds, with the math entry free of React', async () => {
    await sh(
      NODE,
      [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      app,
    );
    const assets = await readdir(join(app, 'dist', 'assets'));
    const html = await readFile(join(app, 'dist', 'math.html'), 'utf8');
    const scripts = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      const js = await readFile(join(app, 'dist', 'assets', s), 'utf8');
      expect(js, s).not.toContain('react.transitional.element');
    }
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  }, 180_000);

  it('renders controlled and uncontrolled figures in Chromium', async () => {
    server = await preview({
      root: app,
      configFile: false,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: true },
    });
    browser = await launch();
    const { page, errors, close } = await openProbedPage(browser);
    try {
      await page.goto(server.resolvedUrls!.local[0]!, { waitUntil: 'load' });
      for (const id of ['controlled', 'uncontrolled'])
        await page.locator(`#${id} svg path[d]`).first().waitFor({ state: 'attached' });
      expect(await page.locator('#math').textContent()).toBe(String(-0.2));
      const slider = page.locator('#controlled').getByRole('slider', { name: /\(alpha\)/ });
      await slider.press('ArrowRight');
      await expect.poll(() => page.locator('#alpha').textContent()).toBe(await slider.inputValue());
      expect(Number(await slider.inputValue())).toBeGreaterThan(0.1);
      // The stylesheet came with the import: the explorer is themed.
      const bg = await page
        .locator('#controlled .ae-root')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(errors, errors.join('\n')).toEqual([]);

      await page.goto(new URL('math.html', server.resolvedUrls!.local[0]!).href);
      expect(await page.locator('body').textContent()).toContain('relu:0');
    } finally {
      await close();
    }
  });
});
