import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. Kept apart from server.ts so test files need not load Vite. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
