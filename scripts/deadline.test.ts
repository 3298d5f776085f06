import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMED_OUT, runWithDeadline } from './deadline.mjs';

const NODE = process.execPath;

/** Whether a process with this pid is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A node child that prints the pid of a grandchild it leaves sleeping, then exits with `code`. */
const LEAVES_A_SLEEPER = (code: number) =>
  `const { spawn } = require('node:child_process');` +
  `const c = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });` +
  `require('node:fs').writeFileSync(process.argv[1], String(c.pid));` +
  `c.unref(); process.exit(${code});`;

describe('runWithDeadline', () => {
  it("passes the command's exit status through", async () => {
    const logs: string[] = [];
    const log = (m: string) => logs.push(m);
    expect(await runWithDeadline(30, NODE, ['-e', 'process.exit(0)'], { log })).toBe(0);
    expect(await runWithDeadline(30, NODE, ['-e', 'process.exit(3)'], { log })).toBe(3);
    expect(logs).toEqual([]);
  });

  it('stops a command that outlives its deadline, says so, and exits with 124', async () => {
    const logs: string[] = [];
    const started = Date.now();
    const status = await runWithDeadline(1, NODE, ['-e', 'setTimeout(() => {}, 60000)'], {
      log: (m) => logs.push(m),
    });
    expect(status).toBe(TIMED_OUT);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(logs[0]).toContain('still running after 1 s');
    expect(logs.at(-1)).toMatch(/stopped after \d+ s/);
  });

  it('kills a command that ignores SIGTERM, after the grace period', async () => {
    const ignores = `process.on('SIGTERM', () => {}); setTimeout(() => {}, 60000)`;
    const status = await runWithDeadline(1, NODE, ['-e', ignores], { log: () => {} });
    expect(status).toBe(TIMED_OUT);
  }, 20_000);

  it.runIf(process.platform !== 'win32')(
    'leaves no process of the command behind when it ends',
    async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'deadline-')), 'pid');
      expect(await runWithDeadline(30, NODE, ['-e', LEAVES_A_SLEEPER(0), file])).toBe(0);
      const pid = Number(readFileSync(file, 'utf8'));
      expect(pid).toBeGreaterThan(0);
      await expect.poll(() => alive(pid), { timeout: 5000 }).toBe(false);
    },
  );

  it('refuses a missing command or deadline with its usage', () => {
    let out = '';
    try {
      execFileSync(NODE, ['scripts/deadline.mjs', 'soon', 'true'], { stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      expect(err.status).toBe(2);
      out = err.stderr.toString();
    }
    expect(out).toContain('usage: node scripts/deadline.mjs <seconds>');
  });
});
