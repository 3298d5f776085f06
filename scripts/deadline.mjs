#!/usr/bin/env node
// Runs a command with a deadline: `node scripts/deadline.mjs <seconds> <command> [args...]`.
//
// Vitest bounds each test and hook, but not a synchronous loop in a worker, a global setup step
// or a process that will not exit; a CI run that hangs says nothing until the CI's own limit
// (90 minutes) ends it. With a deadline the run fails in minutes instead, names the command
// and how long it ran, and leaves no process of it behind.
//
// The command runs in its own process group. When it ends, or the deadline passes, whatever is
// left of that group (a hung worker, a server a test forgot) is killed too, so nothing lingers
// holding the CI's output open. Exit status: the command's own, or 124 at the deadline (as
// coreutils' `timeout`).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { pathToFileURL } from 'node:url';

/** Seconds between asking the group to stop (SIGTERM) and making it (SIGKILL). */
export const GRACE_S = 5;

/** Exit status when the deadline passes. */
export const TIMED_OUT = 124;

/** Signals every process of the group led by `pid`; false when none is left. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `command` with `args` (stdio inherited) and resolves with its exit status, or
 * {@link TIMED_OUT} after `seconds`. Windows has no process groups: there the child alone is
 * killed.
 */
export function runWithDeadline(seconds, command, args, { log = console.error } = {}) {
  const groups = process.platform !== 'win32';
  const started = Date.now();
  // On Windows npm's binaries are .cmd files, which only a shell starts.
  const child = spawn(command, args, { stdio: 'inherit', detached: groups, shell: !groups });
  const stop = (signal) => (groups ? signalGroup(child.pid, signal) : child.kill(signal));
  // Passed on, so Ctrl-C stops the whole run as it would without this wrapper.
  const forward = (signal) => () => stop(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  let timedOut = false;
  let kill;
  const timer = setTimeout(() => {
    timedOut = true;
    log(
      `deadline: \`${[command, ...args].join(' ')}\` still running after ${seconds} s; ` +
        `stopping it. Something in it hangs: run it alone to see where.`,
    );
    stop('SIGTERM');
    kill = setTimeout(() => stop('SIGKILL'), GRACE_S * 1000);
  }, seconds * 1000);
  return new Promise((resolve) => {
    let finished = false;
    // 'error' and 'exit' can both come for one child; the first one settles it.
    const done = (status) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearTimeout(kill);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      // The leader is gone; anything it left in its group goes with it.
      if (groups) signalGroup(child.pid, 'SIGKILL');
      if (timedOut) log(`deadline: stopped after ${Math.round((Date.now() - started) / 1000)} s.`);
      resolve(timedOut ? TIMED_OUT : status);
    };
    child.on('error', (err) => {
      log(`deadline: could not start \`${command}\`: ${err.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

async function main() {
  const [seconds, command, ...args] = process.argv.slice(2);
  const s = Number(seconds);
  if (!command || !(s > 0)) {
    console.error('usage: node scripts/deadline.mjs <seconds> <command> [args...]');
    process.exit(2);
  }
  process.exit(await runWithDeadline(s, command, args));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
