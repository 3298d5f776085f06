// Gives the package's emitted declarations (dist/lib/types by default) the file extensions that
// `moduleResolution: node16/nodenext` requires of relative imports in an ES module package:
// `from '../state/schema'` becomes `from '../state/schema.js'` (or `…/index.js` for a folder).
// tsc writes specifiers as the source spells them, and the source is written for a bundler.
// The stylesheets' side-effect imports go: a declaration has no use for them, and a consumer
// checking side-effect imports (`noUncheckedSideEffectImports`) could not resolve them.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/lib/types');
const SPECIFIER = /(\bfrom\s+|\bimport\s+|\bimport\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

function withExtension(file, spec) {
  if (/\.(js|mjs|cjs|json|css)$/.test(spec)) return spec;
  const target = resolve(dirname(file), spec);
  if (existsSync(`${target}.d.ts`)) return `${spec}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${spec}/index.js`;
  return spec;
}

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

let changed = 0;
for (const file of declarations(root)) {
  const text = readFileSync(file, 'utf8');
  const out = text
    .replace(/^import '[^']*\.css';\n/gm, '')
    .replace(SPECIFIER, (_m, lead, q, spec) => `${lead}${q}${withExtension(file, spec)}${q}`);
  if (out !== text) {
    writeFileSync(file, out);
    changed++;
  }
}
console.log(`dts-extensions: ${changed} declaration files in ${root} updated`);
