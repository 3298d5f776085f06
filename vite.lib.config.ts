// Builds the npm package: dist/lib/activation-explorer.js (the React component) and
// dist/lib/math.js (the math API), ES modules with every dependency left external (React is a
// peer dependency; zustand, d3 and KaTeX are dependencies the app's bundler shares and
// tree-shakes). The component's CSS (what src/lib/styles.ts imports) is extracted to
// dist/lib/activation-explorer.css, which the built entry imports itself so that consumers need
// no extra import; the entry starts with 'use client'. Types: `tsc -p tsconfig.lib.json`.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externals = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];
/** `react` and also `react/jsx-runtime`, `react-dom/client`, `zustand/vanilla`, … */
const isExternal = (id: string) => externals.some((d) => id === d || id.startsWith(`${d}/`));

const CSS_FILE = 'activation-explorer.css';

/**
 * Makes the component entry a client module that imports its stylesheet: `'use client'` first
 * (React Server Components frameworks such as Next.js then render it on the client side of the
 * boundary; a directive only counts as the module's first statement), then the CSS import, so
 * the consumer's bundler picks the styles up.
 */
function clientEntryWithCss(): Plugin {
  return {
    name: 'ae-client-entry-with-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      if (!(CSS_FILE in bundle)) return;
      const entry = bundle['activation-explorer.js'];
      if (!entry || entry.type !== 'chunk') throw new Error('lib build: no component entry');
      const body = entry.code.replace(/^(['"])use client\1;?\s*/, '');
      entry.code = `'use client';\nimport './${CSS_FILE}';\n${body}`;
    },
  };
}

export default defineConfig({
  plugins: [react(), clientEntryWithCss()],
  // Published code uses the production JSX runtime whatever NODE_ENV the build runs under
  // (`react/jsx-dev-runtime` has no jsxDEV in a consumer's production build).
  oxc: { jsx: { runtime: 'automatic', development: false } },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    emptyOutDir: true,
    copyPublicDir: false,
    cssCodeSplit: false,
    minify: false,
    sourcemap: false,
    lib: {
      entry: {
        'activation-explorer': 'src/lib/index.ts',
        math: 'src/lib/math.ts',
        autosize: 'src/lib/autosize.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
      cssFileName: 'activation-explorer',
    },
    rolldownOptions: {
      external: isExternal,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
