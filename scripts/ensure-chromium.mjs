#!/usr/bin/env node
// Finds a Chromium/Chrome for the real-browser tests, installing Debian's `chromium` package when
// that is possible (Debian + root) and nothing is found. It never downloads a browser any other
// way: `npx playwright install` fetches unpinned binaries from a CDN, which we do not allow.
//
// `findChromium()` is also what tests/browser/browser.ts and bench/ui use, so the tests, the
// benchmark and this check always agree on the browser.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Where Chromium or Chrome usually lives, most likely first. */
export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path) {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to use: `CHROME_PATH` when set (it must exist), else the first usual location that
 * exists. Returns `{ path, source }` or `{ path: null, reason }`.
 */
export function findChromium(env = process.env, exists = isExecutable) {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    return exists(fromEnv)
      ? { path: fromEnv, source: 'CHROME_PATH' }
      : { path: null, reason: `CHROME_PATH is set to "${fromEnv}", which is not an executable.` };
  }
  const found = CANDIDATES.find((p) => exists(p));
  return found
    ? { path: found, source: 'usual location' }
    : { path: null, reason: `No Chromium or Chrome in: ${CANDIDATES.join(', ')}.` };
}

const HOW_TO_INSTALL = `Install one and re-run, for example:
  Debian/Ubuntu:  sudo apt-get install -y chromium   (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install -y chromium
  macOS:          brew install --cask chromium
or point CHROME_PATH at an existing Chrome/Chromium binary:
  CHROME_PATH=/path/to/chrome npm test`;

function canAptInstall() {
  return (
    process.platform === 'linux' &&
    existsSync('/etc/debian_version') &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0
  );
}

/** Longest wait for each apt-get step. */
const APT_TIMEOUT_MS = 15 * 60 * 1000;

function aptInstallChromium() {
  console.log(
    "ensure-chromium: no browser found; this is Debian and we are root, so installing Debian's " +
      '`chromium` package: apt-get update && apt-get install -y chromium',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    // Bounded: a held dpkg lock or an unreachable mirror must fail the run, not stall it.
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: APT_TIMEOUT_MS });
    if (r.status !== 0) {
      const why = r.error ? r.error.message : `status ${r.status}`;
      console.error(`ensure-chromium: \`apt-get ${args.join(' ')}\` failed (${why}).`);
      return false;
    }
  }
  return true;
}

function main() {
  let found = findChromium();
  if (!found.path && !process.env.CHROME_PATH && canAptInstall() && aptInstallChromium()) {
    found = findChromium();
  }
  if (!found.path) {
    console.error(`ensure-chromium: ${found.reason}\n${HOW_TO_INSTALL}`);
    process.exit(1);
  }
  const version = spawnSync(found.path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const label = version.status === 0 ? version.stdout.trim() : 'version unknown';
  console.log(`ensure-chromium: using ${found.path} (${found.source}; ${label})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
