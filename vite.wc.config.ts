// Builds the web component: dist/activation-explorer.js, one ES module with React bundled in, and
// its lazy parts in dist/activation-explorer/. What it holds follows from what src/element/wc.ts
// imports statically: the figure, the export button and the link to the full page, with their styles as text for the shadow roots. Runs after the app
// build (vite.config.ts), into the same dist/ (never emptying it).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // React reads process.env.NODE_ENV; library mode leaves it for the consumer, but this file is
  // loaded by browsers directly.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // A production artifact whoever builds it: a test runner's NODE_ENV=test must not switch
  // the JSX transform to React's development runtime.
  oxc: { jsx: { runtime: 'automatic', development: false } },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    // Library mode leaves ES output unminified by default; this file goes to browsers as is.
    // Terser, with two compress passes, leaves a smaller file than rolldown's own minifier, and
    // this file's size is budgeted (tests/browser/wc-size.test.ts).
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { comments: false } },
    sourcemap: false,
    lib: {
      entry: 'src/element/wc.ts',
      formats: ['es'],
      fileName: () => 'activation-explorer.js',
    },
    rolldownOptions: {
      // Library mode keeps the entry's exports exactly ('strict'), which forbids moving modules
      // shared with a lazy part into the entry (they would have to be exported from it), so they
      // became a third file that the first render waited for.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // What the first render needs is this one file; parts used on demand (export, and
        // whatever later parts import lazily) become chunks in a folder beside it, loaded
        // relative to the element's own URL, so a CDN or static host serves them as they are.
        chunkFileNames: 'activation-explorer/[name]-[hash].js',
        // Vite keeps whitespace in ES library output; minify fully in rolldown instead.
        minify: true,
        // No consumer bundles this file again, so its /* @__PURE__ */ annotations are dead
        // weight.
        comments: false,
      },
    },
  },
});
