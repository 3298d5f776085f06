// Launching Chromium for the browser tests, the UI benchmark and the screenshot script.
// Uses the system Chromium found by scripts/ensure-chromium.mjs; never downloads a browser.
import { statfsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

/** Quiet, deterministic Chromium: no GPU, no background traffic, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * `--disable-dev-shm-usage` where /dev/shm is small. Containers often get 64 MB there (Docker's
 * default), too little for Chromium's renderers, which then crash or stall mid-test; with the
 * flag Chromium keeps that memory in /tmp. Elsewhere (this machine: 24 GB) nothing changes, so
 * the benchmarks' figures stay comparable.
 */
function sharedMemoryArgs(): string[] {
  try {
    const { blocks, bsize } = statfsSync('/dev/shm');
    return blocks * bsize < 1024 ** 3 ? ['--disable-dev-shm-usage'] : [];
  } catch {
    return []; // no /dev/shm (macOS, Windows)
  }
}

/** Launches headless Chromium from CHROME_PATH or a usual location (playwright makes the profile). */
export async function launch(): Promise<Browser> {
  const found = findChromium();
  if (found.path === null) {
    throw new Error(`${found.reason} Run \`node scripts/ensure-chromium.mjs\` for how to get one.`);
  }
  const args = [...CHROMIUM_ARGS, ...sharedMemoryArgs()];
  return chromium.launch({ executablePath: found.path, headless: true, args });
}

/** A page plus everything it reported as an error. */
export interface ProbedPage {
  page: Page;
  /** `console.error` messages and uncaught exceptions, in order. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens a fresh context (own storage, English, light scheme unless told otherwise) and a page
 * that records console errors and uncaught page errors. Does not navigate.
 */
export async function openProbedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<ProbedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location().url ? ` (${msg.location().url})` : '';
      errors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
  return { page, errors, close: () => context.close() };
}
