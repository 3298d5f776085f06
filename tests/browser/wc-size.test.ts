// Size budget of the web component (issue 4: ≤ 100 KB gzip including React). A budget on the
// built file, not a timing, so it is stable enough to be a test; `npm run bench:embed` prints
// the same figure. Reads the file the suite serves, i.e. what `npm run build` shipped.
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/** Issue 4's target, in bytes of gzip -9 (1 KB = 1000 bytes, as bundlers report it). */
const BUDGET = 100_000;

async function served(path: string): Promise<Buffer> {
  const res = await fetch(new URL(path, inject('baseURL')));
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe('web component size', () => {
  it('activation-explorer.js renders from one file: no static import; lazy parts beside it', async () => {
    const code = (await served('activation-explorer.js')).toString('utf8');
    // A chunk imported statically would load before the first render, outside the budget below.
    expect(code).not.toMatch(/(?:^|[;}\s])import\s*["'`{*]|\bfrom\s*["'`]\.{0,2}\//m);
    // On-demand parts (export, …) load from the folder beside the file, relative to it, so any
    // static host or CDN serves them as published.
    const lazy = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(lazy.length).toBeGreaterThan(0);
    for (const path of lazy) {
      expect(path).toMatch(/^\.\/activation-explorer\/[\w.-]+\.js$/);
      const chunk = (await served(path.slice(2))).toString('utf8');
      // What a lazy part imports (the element's own modules, other parts) is served too.
      for (const [, dep = ''] of chunk.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g)) {
        await served(new URL(dep, new URL(path, 'http://x/')).pathname.slice(1));
      }
    }
  });

  it(`activation-explorer.js stays within ${BUDGET / 1000} KB gzip -9, React and CSS included`, async () => {
    const bytes = await served('activation-explorer.js');
    const gz = gzipSync(bytes, { level: 9 }).length;
    expect(gz, `dist/activation-explorer.js is ${gz} B gzip -9`).toBeLessThanOrEqual(BUDGET);
  });
});
