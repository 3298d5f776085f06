import type { CompileResult } from './index';

/** Stub: replaced by the real pipeline in the next commits. */
export function compile(source: string): CompileResult {
  return {
    ok: false,
    error: {
      code: source.trim() === '' ? 'empty' : 'unexpected-token',
      start: 0,
      end: source.length,
    },
  };
}
