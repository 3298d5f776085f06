/**
 * `node --import tsx scripts/favicon.ts`: renders public/favicon.svg to public/favicon.png
 * (32 × 32, transparent) in headless Chromium. The page links the PNG: a browser fetches a
 * page's icon as soon as the page is parsed and decodes it on the page's main thread, and an SVG
 * icon is a whole SVG document to build there (17–32 ms at 4× CPU throttle, traced), which for a
 * shared link often landed before its first frame; a PNG decodes in 2–5.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/browser/browser';
import { ROOT } from '../tests/browser/paths';

const SIZE = 32;
const svg = readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8');
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `)}</body>`,
  );
  writeFileSync(
    join(ROOT, 'public', 'favicon.png'),
    await page.screenshot({ omitBackground: true }),
  );
} finally {
  await browser.close();
}
