// Builds the web component: dist/activation-explorer.js, one ES module with React bundled in,
// its CSS moved into the module (for the shadow roots) instead of a stylesheet that would
// style the host page. Lazy chunks (if any) go to dist/activation-explorer/ and load relative
// to the module's URL. Runs after the app build, into the same dist/ (never emptying it).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { Section } from './src/i18n/types';
import { url } from './src/i18n/sections/url.ts';

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
        if (file.type === 'asset' && name.endsWith('.css') && !name.startsWith('examples/')) {
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

/**
 * Parts of the app the element never shows, replaced by empty modules: the explanations
 * (formulas, properties, code — and with them KaTeX, its CSS and fonts) and the placeholder that
 * defers them, the full page's title bar with its language and theme switches and its "Embed
 * this view" button (the element is always in embed mode), the URL notices (the element has no
 * URL: it reports attributes it could not use on the console), and the message sections only
 * those parts and the demos use (the page's title bar and embed dialog strings, the link to the
 * demos).
 */
const LEFT_OUT: readonly [test: RegExp, code: string][] = [
  [/(^|\/)explain\/Explanations(\.tsx)?$/, 'export function Explanations() { return null; }'],
  [/^\.\/WhenNear(\.tsx)?$/, 'export function WhenNear() { return null; }'],
  [/^\.\/Header(\.tsx)?$/, 'export function Header() { return null; }'],
  [/(^|\/)embed\/EmbedButton(\.tsx)?$/, 'export function EmbedButton() { return null; }'],
  [/^\.\/Notices(\.tsx)?$/, 'export function Notices() { return null; }'],
  [/(^|\/)sections\/explain(\.ts)?$/, 'export const explain = {};'],
  [/(^|\/)sections\/demos(\.ts)?$/, 'export const demos = {};'],
  [
    /^\.\/loadExport(\.ts)?$/,
    `import { runExport } from ${JSON.stringify(resolve('src/export/runExport.ts'))};\n` +
      'export const loadExport = async () => ({ runExport });',
  ],
  [/(^|\/)sections\/page(\.ts)?$/, 'export const page = {};'],
  [/(^|\/)sections\/demosNav(\.ts)?$/, 'export const demosNav = {};'],
  // The element shows no URL notices; it writes these messages to the console, in English
  // (embed/attributes.ts). `format` falls back to English for a missing language.
  [/(^|\/)sections\/url(\.ts)?$/, `export const url = ${JSON.stringify(englishOnly(url))};`],
];

function englishOnly(section: Section): Record<string, { en: string }> {
  return Object.fromEntries(Object.entries(section).map(([key, m]) => [key, { en: m.en }]));
}
const STUB = '\0ae-left-out:';

function leaveOut(): Plugin {
  return {
    name: 'ae-leave-out',
    enforce: 'pre',
    resolveId(source) {
      const i = LEFT_OUT.findIndex(([test]) => test.test(source));
      return i < 0 ? null : `${STUB}${i}`;
    },
    load(id) {
      return id.startsWith(STUB) ? LEFT_OUT[Number(id.slice(STUB.length))]![1] : null;
    },
  };
}

/**
 * Copies examples/ (the embedding test page: two iframes and two elements under a strict CSP)
 * to dist/examples/, so the built site serves it next to the files it embeds.
 */
function copyExamples(): Plugin {
  return {
    name: 'ae-copy-examples',
    apply: 'build',
    generateBundle() {
      for (const name of readdirSync('examples')) {
        if (!/\.(html|css|js)$/.test(name)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `examples/${name}`,
          source: readFileSync(join('examples', name)),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [leaveOut(), react(), cssIntoModule(), copyExamples()],
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
        // One file: the only lazy part of the app the element could load (explanations) is
        // left out above.
        codeSplitting: false,
        // Vite keeps whitespace in ES library output; minify fully in rolldown instead.
        minify: true,
        // No consumer bundles this file again, so its /* @__PURE__ */ annotations are dead
        // weight (0.3 KB gzip).
        comments: false,
        chunkFileNames: 'activation-explorer/[name]-[hash].js',
        assetFileNames: 'activation-explorer/[name]-[hash][extname]',
      },
    },
  },
});
