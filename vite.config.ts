import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { prerender } from './scripts/prerender';

/**
 * After the app, builds the web component (vite.wc.config.ts) into the same output folder, so
 * every build of the site, wherever it goes (dist/, the browser tests' dist-browser/), serves
 * /activation-explorer.js and the embedding examples next to embed.html.
 */
function webComponent(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'ae-web-component',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        root,
        configFile: resolve(root, 'vite.wc.config.ts'),
        logLevel: 'warn',
        build: { outDir, emptyOutDir: false },
      });
    },
  };
}

// The app: the full page (index.html, its default view prerendered) and the embed view for
// iframes (embed.html), then the web component. The npm package has its own config
// (vite.lib.config.ts, `npm run build:lib`).
export default defineConfig({
  plugins: [react(), prerender(), webComponent()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
});
