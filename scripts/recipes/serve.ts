// Static file serving for `npm run test:recipes`: each built site on 127.0.0.1 (with the headers
// a host would send), and the explorer's build answering for https://example.org/ae/ inside the
// browser, so the recipe files stay exactly what an author copies.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** The explorer's URL in every recipe file. */
export const AE_URL = 'https://example.org/ae/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `root` (a folder's index.html), or null. */
export function fileFor(root: string, urlPath: string): string | null {
  const rel = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export interface Site {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on a free port of 127.0.0.1, adding `headers` to every response. */
export async function serveSite(root: string, headers: Record<string, string> = {}): Promise<Site> {
  const server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, ...headers }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * Answers requests for {@link AE_URL} from the explorer's build, as a static host or CDN does:
 * the right MIME type and `Access-Control-Allow-Origin: *` (module scripts from another origin
 * are CORS requests; without the header the element never loads). The build's own absolute
 * paths (`/assets/…`, built with the default base `/`) are answered from the same folder.
 */
export async function routeExplorer(context: BrowserContext, dist: string): Promise<void> {
  const origin = new URL(AE_URL).origin;
  await context.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/ae\//, '/');
    const file = fileFor(dist, path);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({
      status: 200,
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      },
      body: readFileSync(file),
    });
  });
}
