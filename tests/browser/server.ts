// Builds the app once and serves the build on 127.0.0.1; shared by the browser tests' global
// setup, the UI benchmark and the screenshot script, so all three look at the same artifact.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');

/**
 * Runs `npm run build` (whatever the build pipeline is, e.g. with a prerender step) unless
 * `AE_SKIP_BUILD=1` and a build already exists, which is handy when iterating on tests.
 */
export function buildApp(): void {
  if (process.env.AE_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) {
    console.log('browser tests: AE_SKIP_BUILD=1, reusing dist/');
    return;
  }
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(`npm run build failed (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('npm run build wrote no dist/index.html');
  console.log(`browser tests: built dist/ in ${Math.round(performance.now() - started)} ms`);
}

export interface Served {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ with `vite preview` (same headers and fallbacks as the preview script) on a free port. */
export async function serveDist(): Promise<Served> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { url, close: () => server.close() };
}
