// Builds the web component: dist/activation-explorer.js, one ES module with React bundled in,
// its CSS moved into the module (for the shadow roots) instead of a stylesheet that would
// style the host page. Lazy chunks (if any) go to dist/activation-explorer/ and load relative
// to the module's URL. Runs after the app build, into the same dist/ (never emptying it).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const PLACEHOLDER = /(["'`])\/\*__AE_WC_CSS__\*\/\1/;

/** Moves the bundle's CSS assets into the module, in place of the placeholder string. */
function cssIntoModule(): Plugin {
  return {
    name: 'ae-css-into-module',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      let css = '';
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'asset' && name.endsWith('.css')) {
          css += String(file.source);
          delete bundle[name];
        }
      }
      const chunk = Object.values(bundle).find(
        (f) => f.type === 'chunk' && PLACEHOLDER.test(f.code),
      );
      if (!chunk || chunk.type !== 'chunk') throw new Error('wc build: CSS placeholder not found');
      chunk.code = chunk.code.replace(PLACEHOLDER, () => JSON.stringify(css));
    },
  };
}

const NO_EXPLANATIONS = '\0ae-no-explanations';

/**
 * The element never shows the explanations (formulas, code): leave them, and KaTeX with its
 * CSS and fonts, out of the file instead of shipping a lazy chunk nobody loads.
 */
function withoutExplanations(): Plugin {
  return {
    name: 'ae-without-explanations',
    enforce: 'pre',
    resolveId(source) {
      return /(^|\/)explain\/Explanations(\.tsx)?$/.test(source) ? NO_EXPLANATIONS : null;
    },
    load(id) {
      return id === NO_EXPLANATIONS ? 'export function Explanations() { return null; }' : null;
    },
  };
}

export default defineConfig({
  plugins: [withoutExplanations(), react(), cssIntoModule()],
  // React reads process.env.NODE_ENV; library mode leaves it for the consumer, but this file is
  // loaded by browsers directly.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    cssCodeSplit: false,
    // Library mode leaves ES output unminified by default; this file goes to browsers as is.
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/embed/wc.ts',
      formats: ['es'],
      fileName: () => 'activation-explorer.js',
    },
    rolldownOptions: {
      output: {
        // One file: the only lazy parts of the app (explanations) are left out above.
        inlineDynamicImports: true,
        // Vite keeps whitespace in ES library output; minify fully in rolldown instead.
        minify: true,
        chunkFileNames: 'activation-explorer/[name]-[hash].js',
        assetFileNames: 'activation-explorer/[name]-[hash][extname]',
      },
    },
  },
});
