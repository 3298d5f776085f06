/**
 * The reference page of bench:ui's cold loads (reference/): built here with Vite, React's
 * production build, and served like the app, so the two are loaded the same way.
 */
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ROOT, servePreview, type Served } from '../../tests/browser/server';

export async function serveReference(): Promise<Served> {
  const root = join(ROOT, 'bench', 'ui', 'reference');
  const outDir = join(ROOT, 'test-results', 'bench', 'reference');
  // As buildApp() does for the app: a NODE_ENV left in the shell would make Vite bundle React's
  // development build.
  const env = process.env.NODE_ENV;
  delete process.env.NODE_ENV;
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (env !== undefined) process.env.NODE_ENV = env;
  }
  return servePreview(root, outDir, false);
}
