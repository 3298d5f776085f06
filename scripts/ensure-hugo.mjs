#!/usr/bin/env node
// Finds Hugo for `npm run test:recipes`, installing Debian's `hugo` package when that is possible
// (Debian + root) and none is found. Never another way: the npm `hugo` packages download a binary
// at install time from GitHub, which fails offline and is not pinned by our lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** `HUGO_PATH` when set, else `hugo` on the PATH; null when neither runs. */
export function findHugo(env = process.env) {
  const path = env.HUGO_PATH?.trim() || 'hugo';
  const r = spawnSync(path, ['version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? { path, version: r.stdout.trim() } : null;
}

const canAptInstall = () =>
  process.platform === 'linux' &&
  existsSync('/etc/debian_version') &&
  typeof process.getuid === 'function' &&
  process.getuid() === 0;

function aptInstallHugo() {
  console.log('ensure-hugo: no hugo found; Debian and root, so: apt-get install -y hugo');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'hugo']]) {
    // Bounded: a held dpkg lock or an unreachable mirror must fail the run, not stall it.
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 15 * 60 * 1000 });
    if (r.status !== 0) return false;
  }
  return true;
}

function main() {
  let found = findHugo();
  if (!found && !process.env.HUGO_PATH && canAptInstall() && aptInstallHugo()) found = findHugo();
  if (!found) {
    console.error(
      'ensure-hugo: no Hugo. Install one (Debian/Ubuntu: sudo apt-get install -y hugo; macOS: ' +
        'brew install hugo) or set HUGO_PATH to its binary.',
    );
    process.exit(1);
  }
  console.log(`ensure-hugo: using ${found.path} (${found.version})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
