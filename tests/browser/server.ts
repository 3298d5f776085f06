// Builds the app once and serves the build on 127.0.0.1; shared by the browser tests' global
// setup, the UI benchmark and the screenshot script, so all three look at the same artifact.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { ROOT } from './paths';

export { ROOT };

/**
 * Where the tests and benchmarks build to. Not `dist/`: other work in the same tree (a
 * `npm run build`, a library build) may rewrite `dist/` while a suite is running, and a page
 * whose hashed chunks vanish mid-test fails for no reason of its own. Gitignored (`dist-*`).
 */
export const TEST_DIST = join(ROOT, 'dist-browser');

/**
 * `vite build` (the project's vite.config.ts, as `npm run build` uses) into {@link TEST_DIST},
 * unless `AE_SKIP_BUILD=1` and a build is already there, which is handy when iterating on tests.
 */
export async function buildApp(outDir = TEST_DIST): Promise<void> {
  if (process.env.AE_SKIP_BUILD === '1' && existsSync(join(outDir, 'index.html'))) {
    console.log(`AE_SKIP_BUILD=1: reusing ${outDir}`);
    return;
  }
  const started = performance.now();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`vite build wrote no ${outDir}/index.html`);
  console.log(`built the app into ${outDir} in ${Math.round(performance.now() - started)} ms`);
}

export interface Served {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Serves the build with `vite preview` (same headers and fallbacks as the preview script) on a free port. */
export async function serveDist(outDir = TEST_DIST): Promise<Served> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return { url, close: () => server.close() };
}
