// Builds the web component: dist/activation-explorer.js, one ES module with React bundled in.
// What it holds follows from what src/element/wc.ts imports: the figure, the export menu and the
// link to the full page, with their styles as text for the shadow roots. Runs after the app
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
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/element/wc.ts',
      formats: ['es'],
      fileName: () => 'activation-explorer.js',
    },
    rolldownOptions: {
      output: {
        // One file: the element imports nothing lazily.
        codeSplitting: false,
        // Vite keeps whitespace in ES library output; minify fully in rolldown instead.
        minify: true,
        // No consumer bundles this file again, so its /* @__PURE__ */ annotations are dead
        // weight.
        comments: false,
      },
    },
  },
});
