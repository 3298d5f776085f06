/**
 * `npm run test:recipes` — builds the recipes of docs/embedding.md in real site generators and
 * checks the pages in a real Chromium. Not part of `npm test`: it installs each generator (once)
 * and takes minutes (README: "Recipe check").
 *
 * 1. `npm run build` (the app, the web component and the npm package), then `npm pack`.
 * 2. For each recipe in recipes/<platform>/: `npm ci` from its own lockfile (never the root's),
 *    the packed explorer on top (`--no-save`), then the generator's real build (`vitepress build`,
 *    `docusaurus build`, `hugo`). A failing build (issue 14's SSR ReferenceErrors, MDX that
 *    cannot parse) is reported with the generator's own error.
 * 3. Each built site is served on 127.0.0.1 (Hugo's with a strict CSP header, `style-src
 *    'self'`), the explorer's build answers for https://example.org/ae/ with CORS, and each page
 *    is checked (scripts/recipes/checks.ts) with an English and a Chinese (zh-CN) browser.
 *
 * `RECIPES=hugo,vitepress` runs some only; `AE_SKIP_BUILD=1` uses the existing dist/. Exits 1
 * if any check fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openProbedPage } from '../tests/browser/browser';
import { buildApp, DIST, ROOT } from '../tests/browser/server';
import { checkPage, type Expected, type Finding } from './recipes/checks';
import { AE_URL, routeExplorer, serveSite } from './recipes/serve';

interface Recipe {
  /** Builds the site into `out`; returns the folder to serve. */
  build(dir: string, out: string): string[];
  /** The built folder, relative to the recipe (or `out` for Hugo). */
  output(dir: string, out: string): string;
  /** The page with the figures. */
  page: string;
  expected: Expected;
  headers?: Record<string, string>;
}

/** A strict policy: only this origin and the explorer's; no inline script or style. */
const AE_ORIGIN = new URL(AE_URL).origin;
const STRICT_CSP =
  `default-src 'self'; script-src 'self' ${AE_ORIGIN}; style-src 'self'; ` +
  `img-src 'self' blob: data:; frame-src ${AE_ORIGIN}`;

const RECIPES: Record<string, Recipe> = {
  vitepress: {
    build: () => ['npx', 'vitepress', 'build', 'docs'],
    output: (dir) => join(dir, 'docs/.vitepress/dist'),
    page: '',
    expected: { elements: 1, components: 0, iframes: 1 },
  },
  docusaurus: {
    build: () => ['npx', 'docusaurus', 'build'],
    output: (dir) => join(dir, 'build'),
    page: '',
    expected: { elements: 0, components: 1, iframes: 1 },
  },
  hugo: {
    build: (_dir, out) => [process.env.HUGO_PATH || 'hugo', '--quiet', '-d', out],
    output: (_dir, out) => out,
    page: 'relu/',
    expected: { elements: 1, components: 0, iframes: 2 },
    headers: { 'content-security-policy': STRICT_CSP },
  },
};

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TEN_MINUTES = 10 * 60 * 1000;

/** Runs a command; returns null on success, else the end of its output. */
function run(cmd: string[], cwd: string): string | null {
  const env = { ...process.env };
  delete env.NODE_ENV; // a generator's production build, whatever the caller's NODE_ENV
  const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd, encoding: 'utf8', env, timeout: TEN_MINUTES });
  if (r.status === 0) return null;
  const text = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n');
  return `\`${cmd.join(' ')}\` failed (${r.error?.message ?? `status ${r.status}`}):\n  ${text.slice(-15).join('\n  ')}`;
}

/** Modification time in ms, 0 if the file is missing. */
const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * Installs the recipe's pinned dependencies (`npm ci`, skipped when node_modules is newer than
 * the lockfile), then the explorer just packed, without writing it into the recipe's files.
 */
function install(dir: string, tarball: string): string | null {
  if (!existsSync(join(dir, 'package.json'))) return null;
  const flags = ['--no-audit', '--no-fund'];
  const lock = join(dir, 'package-lock.json');
  const fresh = mtime(join(dir, 'node_modules/.package-lock.json')) > mtime(lock);
  const ci = !existsSync(lock)
    ? run([npm, 'install', ...flags], dir)
    : fresh
      ? null
      : run([npm, 'ci', ...flags], dir);
  return ci ?? run([npm, 'install', '--no-save', ...flags, tarball], dir);
}

function pack(into: string): string {
  const failed = run([npm, 'pack', '--ignore-scripts', '--pack-destination', into], ROOT);
  if (failed) throw new Error(failed);
  const tgz = readdirSync(into).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack wrote no tarball');
  return join(into, tgz);
}

async function main() {
  const started = performance.now();
  const only = process.env.RECIPES?.split(',').filter(Boolean) ?? Object.keys(RECIPES);
  const work = mkdtempSync(join(tmpdir(), 'ae-recipes-'));
  const results: [string, Finding[]][] = [];
  const browser = await launch();
  try {
    buildApp();
    const tarball = pack(work);
    for (const name of only) {
      const recipe = RECIPES[name];
      if (!recipe) throw new Error(`no recipe "${name}" (have ${Object.keys(RECIPES).join(', ')})`);
      const dir = join(ROOT, 'recipes', name);
      const out = join(work, name);
      const t0 = performance.now();
      const failed = install(dir, tarball) ?? run(recipe.build(dir, out), dir);
      const secs = ((performance.now() - t0) / 1000).toFixed(0);
      console.log(`${name}: install + build ${secs} s${failed ? ' — FAILED' : ''}`);
      if (failed) {
        results.push([name, [{ check: 'site builds', ok: false, detail: failed }]]);
        continue;
      }
      const site = await serveSite(recipe.output(dir, out), recipe.headers);
      try {
        for (const locale of ['en-US', 'zh-CN']) {
          const probe = await openProbedPage(browser, { locale });
          await routeExplorer(probe.page.context(), DIST);
          await probe.page.goto(new URL(recipe.page, site.url).href, { waitUntil: 'load' });
          const found = await checkPage(probe.page, probe.errors, recipe.expected, DIST);
          results.push([`${name} (${locale})`, found]);
          await probe.close();
        }
      } finally {
        await site.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  let failures = 0;
  for (const [page, findings] of results) {
    const bad = findings.filter((f) => !f.ok);
    failures += bad.length;
    console.log(`\n${page}: ${findings.length - bad.length}/${findings.length} checks pass`);
    for (const f of bad) console.log(`  FAIL ${f.check}${f.detail ? `: ${f.detail}` : ''}`);
  }
  const secs = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`\ntest:recipes: ${failures} failed checks, ${secs} s`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
