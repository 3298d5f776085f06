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
  it('activation-explorer.js is one self-contained module: nothing else loads with it', async () => {
    const code = (await served('activation-explorer.js')).toString('utf8');
    // A chunk split off (static or lazy import) would load outside the budget checked below.
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/(?:^|[;}\s])import\s*["'`{*]|\bfrom\s*["'`]\.{0,2}\//m);
  });

  it(`activation-explorer.js stays within ${BUDGET / 1000} KB gzip -9, React and CSS included`, async () => {
    const bytes = await served('activation-explorer.js');
    const gz = gzipSync(bytes, { level: 9 }).length;
    expect(gz, `dist/activation-explorer.js is ${gz} B gzip -9`).toBeLessThanOrEqual(BUDGET);
  });
});
