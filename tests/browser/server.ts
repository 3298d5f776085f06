// Builds the app once and serves the build on 127.0.0.1; shared by the browser tests' global
// setup, the UI benchmark and the screenshot script, so all three look at the same artifact.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { ROOT } from './paths';

export { ROOT };

/** Where `npm run build` writes the app, the embed view, the web component and examples/. */
export const DIST = join(ROOT, 'dist');

/** Far more than a build takes (~6 s here); a global setup has no timeout of its own. */
const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Runs `npm run build`: the whole pipeline, exactly as shipped (app, embed view, web component,
 * examples page). With `AE_SKIP_BUILD=1` an existing `dist/` is used as it is, which is handy
 * when iterating on tests.
 */
export function buildApp(): void {
  if (process.env.AE_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) {
    console.log('AE_SKIP_BUILD=1: using dist/ as it is');
    return;
  }
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // Retried because in a shared working tree someone else's build can empty dist/ just after
  // ours finished; on CI the first attempt is the only one.
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the
  // tests must see the production build that ships.
  const env = { ...process.env };
  delete env.NODE_ENV;
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync(npm, ['run', 'build', '--silent'], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
      timeout: BUILD_TIMEOUT_MS,
    });
    if (r.status !== 0) {
      const why = r.error ? r.error.message : `status ${r.status}`;
      throw new Error(`npm run build failed (${why}):\n${r.stdout}\n${r.stderr}`);
    }
    if (existsSync(join(DIST, 'index.html'))) break;
    if (attempt === 3) throw new Error('npm run build wrote no dist/index.html');
  }
  console.log(`npm run build: ${Math.round(performance.now() - started)} ms`);
}

export interface Served {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Stops the server (and deletes the copy it served, if it served one). */
  close(): Promise<void>;
}

/**
 * Serves `outDir` with `vite preview` on a free port of 127.0.0.1. `configFile: false` leaves
 * the project's vite.config.ts (its preview headers and fallbacks) out, for pages that are not
 * the app's.
 */
export async function servePreview(
  root: string,
  outDir: string,
  configFile?: false,
): Promise<Served> {
  const server = await preview({
    root,
    configFile, // undefined: the project's own, found from root
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${outDir} did not report a local URL`);
  return { url, close: () => server.close() };
}

/**
 * Serves a private copy of `dist/` with `vite preview` (the project's preview headers and
 * fallbacks) on a free port of 127.0.0.1. A copy, because other work in the same tree (another
 * build, another test run) may rewrite `dist/` while this run is using it, and a page whose
 * hashed chunks vanish mid-test fails for no fault of its own.
 */
export async function serveDist(): Promise<Served> {
  const snapshot = mkdtempSync(join(tmpdir(), 'activation-explorer-dist-'));
  cpSync(DIST, snapshot, { recursive: true });
  const served = await servePreview(ROOT, snapshot);
  return {
    url: served.url,
    async close() {
      await served.close();
      rmSync(snapshot, { recursive: true, force: true });
    },
  };
}
