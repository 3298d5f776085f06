// The engine's two promises about its own code: no eval of any kind (the page, the iframe and
// the element run under `script-src 'self'`), and nothing in the app imports it statically, so
// it stays a lazy chunk loaded only when a custom formula is used.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../', import.meta.url).pathname;
const HERE = new URL('./', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('formula engine fences', () => {
  it('never evaluates code from a string', () => {
    for (const f of files(HERE).filter((f) => !/\.test\.ts$/.test(f))) {
      // Code only: the comments say what the engine does not do.
      const text = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(text, f).not.toMatch(
        /\beval\s*\(|new\s+Function\b|\bFunction\s*\(|setTimeout\s*\(\s*['"`]/,
      );
    }
  });

  it('is imported statically only by the lazy formulaCustom.ts, itself only loaded lazily', () => {
    const offenders: string[] = [];
    const loader = join(SRC, 'state/formulaCustom.ts');
    for (const f of files(SRC)) {
      if (f.startsWith(HERE) || f === loader || /\.test\.tsx?$/.test(f)) continue;
      // The loader is reached only through a dynamic import() (formula.ts), or as a type.
      const toLoader =
        /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"][^'"]*\/formulaCustom['"]/m;
      if (toLoader.test(readFileSync(f, 'utf8'))) offenders.push(relative(SRC, f));
      const text = readFileSync(f, 'utf8');
      // Static `import … from '…/math/formula…'` or `export … from`, but not `import type`.
      const re =
        /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"][^'"]*math\/formula[^'"]*['"]/gm;
      if (re.test(text) || /^\s*import\s+['"][^'"]*math\/formula/m.test(text))
        offenders.push(relative(SRC, f));
    }
    expect(offenders).toEqual([]);
  });
});
