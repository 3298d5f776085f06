import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, createServer, defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { minify } from 'terser';

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

const ROOT_TAG = '<main id="root"></main>';

/** Loads the page's own source in Node through a short-lived Vite server and renders it. */
async function renderView(
  root: string,
): Promise<{ html: string; headers: string; applies: string; dark: string; languages: string }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const render = (await server.ssrLoadModule(
      '/src/page/prerender.tsx',
    )) as typeof import('./src/page/prerender');
    const view = (await server.ssrLoadModule(
      '/src/page/prerendered.ts',
    )) as typeof import('./src/page/prerendered');
    const langs = (await server.ssrLoadModule(
      '/src/i18n/browserLanguages.ts',
    )) as typeof import('./src/i18n/browserLanguages');
    // The title bar in every other language, for the first frame of a view in that language.
    const headers = (['zh-CN'] as const)
      .map(
        (lang) =>
          `<template id="ae-header-${lang}">${render.renderPrerenderedHeader(lang)}</template>`,
      )
      .join('');
    return {
      html: render.renderPrerenderedView(),
      headers,
      applies: String(view.prerenderApplies),
      dark: String(view.startsDark),
      languages: String(langs.browserLanguages),
    };
  } finally {
    await server.close();
  }
}

/** The chunk of the module `path` (e.g. `/src/page/start.tsx`) and every chunk it imports. */
function chunkFiles(bundle: Rollup.OutputBundle, path: string): string[] {
  const chunk = (file: string) => {
    const c = bundle[file];
    return c?.type === 'chunk' ? c : undefined;
  };
  const entry = Object.values(bundle).find(
    (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(path),
  );
  if (entry?.type !== 'chunk') throw new Error(`no chunk for ${path}`);
  const files = new Set<string>();
  const visit = (c: Rollup.OutputChunk) => {
    if (files.has(c.fileName)) return;
    files.add(c.fileName);
    for (const f of c.imports) if (chunk(f)) visit(chunk(f)!);
  };
  visit(entry);
  return [...files];
}

/** The first-frame module's chunk (src/page/firstFrame/paint.ts) and every chunk it imports. */
const firstFrameFiles = (bundle: Rollup.OutputBundle) =>
  chunkFiles(bundle, '/src/page/firstFrame/paint.ts');

/** The app's chunk (src/page/start.tsx) and every chunk it imports. */
const appFiles = (bundle: Rollup.OutputBundle) => chunkFiles(bundle, '/src/page/start.tsx');

/**
 * Marks the first-frame module's chunks for eager compilation: V8's explicit compile hints (a
 * magic comment on a file's first line; Chromium 136+, a comment elsewhere). The first frame
 * calls most of their functions at once. Compiled lazily, each was parsed twice, the second time
 * on the main thread just before it ran; eagerly, it is compiled once, off the main thread while
 * the file streams in. Added after Vite's own additions, which would otherwise come first.
 */
function compileHints(): Plugin {
  return {
    name: 'ae-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const f of firstFrameFiles(bundle)) {
          const c = bundle[f];
          if (c?.type === 'chunk') c.code = `//# allFunctionsCalledOnLoad\n${c.code}`;
        }
      },
    },
  };
}

/**
 * Prerenders the explorer's default view into the built index.html, so the first curve is on
 * screen before any module has loaded (src/page/start.tsx then hydrates it). The markup goes in a
 * `<template>` after the root, and a small classic script right after it moves the markup into
 * the root only when that view is what the page will show (`prerenderApplies`: no query, an
 * English browser). A link to another view or a Chinese browser never flashes the wrong
 * function or language: the template stays inert, and the script imports the page's
 * first-frame module (src/page/firstFrame), which paints that view's plot into it (the title
 * bar from the template of the view's language) as soon as it has loaded, before the app renders
 * the view afresh.
 *
 * The script is a file of its own (`assets/adopt-<hash>.js`), not inline, so the page runs
 * under a CSP of `script-src 'self'`. It still runs during parsing, before the first frame: a
 * preload in the head fetches it alongside the stylesheets, which it would wait for anyway.
 *
 * The chunks the first-frame module shares with the app are linked from the head (modulepreload),
 * so a view the build did not prerender has them by the time the page is parsed: requested by
 * the adoption script, which waits for the stylesheets, they came one round trip after them,
 * and the first frame waited for them after parsing. The prerendered view loads them for the
 * app anyway, now only sooner.
 */
function prerender(): Plugin {
  let root = process.cwd();
  let base = '/';
  let rendered:
    | Promise<{ html: string; headers: string; adopt: { fileName: string; code: string } }>
    | undefined;
  const render = (bundle: Rollup.OutputBundle) =>
    (rendered ??= renderView(root).then(async ({ html, headers, applies, dark, languages }) => {
      // Any other explorer view is drawn first by src/page/firstFrame, imported from here
      // (its own chunk: the app does not load it, so it is not linked from the head) and run as
      // soon as it has loaded: the templates it reads are parsed by then. Left to the entry
      // (src/main.tsx, an async module), it ran only after the end of parsing and the entry,
      // both of which come well after this script.
      const [own, ...deps] = firstFrameFiles(bundle);
      const firstFrame = JSON.stringify(`${base}${own}`);
      // The chunks of the first frame that the app does not load at once, and so the head does
      // not link (the math of every function with the first frame's model, prepare.ts, and the
      // plot's Chinese: \`pageChunks\`), are imported with it, not one round trip after it (when
      // its own chunk has come in); the math chunk computes the model while paint.ts loads.
      const app = appFiles(bundle);
      const alongside = deps
        .filter((f) => !app.includes(f))
        .map((f) => `import(${JSON.stringify(`${base}${f}`)}).catch(function(){});`)
        .join('');
      // `data-first-frame` keeps the controls column out of the first frame (full.css); it is
      // lifted in the second frame's animation step, so they paint one frame after the curves.
      const source =
        `(function(){var t=document.getElementById('ae-prerendered'),` +
        `r=document.getElementById('root');` +
        `if((${applies})(location.search,(${languages})())){` +
        `r.setAttribute('data-first-frame','');r.replaceChildren(t.content);` +
        `requestAnimationFrame(function(){requestAnimationFrame(function(){` +
        `r.removeAttribute('data-first-frame')})});t.remove()}` +
        `else if(!new URLSearchParams(location.search).has('view')){` +
        `if((${dark})(location.search,matchMedia('(prefers-color-scheme: dark)').matches))` +
        `document.documentElement.setAttribute('data-first-theme','dark');` +
        `if(document.visibilityState==='visible'){r.setAttribute('data-first-view','');` +
        `${alongside}import(${firstFrame}).then(function(m){m.showFirstFrame()},function(){})}}})();`;
      // Minified: the functions above come in as their source text, and every view loads this.
      const min = await minify(source, { compress: { passes: 2 }, format: { comments: false } });
      const code = `${min.code}\n`;
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      return { html, headers, adopt: { fileName: `assets/adopt-${hash}.js`, code } };
    }));
  return {
    name: 'ae-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async generateBundle(_, bundle) {
      const { adopt } = await render(bundle);
      this.emitFile({ type: 'asset', fileName: adopt.fileName, source: adopt.code });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.path.endsWith('/index.html')) return html;
        if (!html.includes(ROOT_TAG)) throw new Error(`prerender: ${ROOT_TAG} not in index.html`);
        if (!ctx.bundle) throw new Error('prerender: no bundle');
        const { html: view, headers, adopt } = await render(ctx.bundle);
        const src = `${base}${adopt.fileName}`;
        // Requested from the head with the stylesheets: found only after the markup, it came
        // in behind the modules and held up parsing by ~50 ms at 4x.
        const preload = `<link rel="preload" as="script" href="${src}" fetchpriority="high">\n    `;
        const head = html.indexOf('<link rel="stylesheet"');
        if (head < 0) throw new Error('prerender: no stylesheet link in index.html');
        // The first frame's chunks that the app loads too, from the head: no byte more for the
        // prerendered view, only sooner. After the stylesheets, which on HTTP/1.1 (six
        // connections) are requested first.
        const app = appFiles(ctx.bundle);
        const modules = firstFrameFiles(ctx.bundle)
          .filter((f) => app.includes(f) && !html.includes(`"${base}${f}"`))
          .map((f) => `  <link rel="modulepreload" crossorigin href="${base}${f}">\n  `)
          .join('');
        const end = html.indexOf('</head>');
        if (end < 0) throw new Error('prerender: no </head> in index.html');
        html = html.slice(0, end) + modules + html.slice(end);
        return (html.slice(0, head) + preload + html.slice(head)).replace(
          ROOT_TAG,
          () =>
            `${ROOT_TAG}\n    <template id="ae-prerendered">${view}</template>${headers}\n` +
            `    <script src="${src}"></script>`,
        );
      },
    },
  };
}

/**
 * src/main.tsx imports the app (src/page/start.tsx) dynamically, so that its modules evaluate
 * after the prerendered view's first frame. Vite would fetch that import's CSS only when it runs;
 * this links it from index.html as render-blocking stylesheets, so the prerendered view is
 * styled. The app's JavaScript is deliberately not linked (no modulepreload): fetched and
 * compiled during the first frame, it competed for the CPU with that frame's layout (first curve
 * ~100 ms later at 4x throttle on two cores). main.tsx imports it when it should load, and
 * Vite's preload helper then requests all of its chunks at once.
 */
function linkApp(): Plugin {
  let base = '/';
  return {
    name: 'ae-link-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.endsWith('/index.html') || !ctx.chunk || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        const chunk = (file: string) => {
          const c = bundle[file];
          return c?.type === 'chunk' ? c : undefined;
        };
        const app = ctx.chunk.dynamicImports.find((f) =>
          chunk(f)?.facadeModuleId?.endsWith('/src/page/start.tsx'),
        );
        if (!app) throw new Error('link-app: src/main.tsx no longer imports src/page/start.tsx');
        const css: string[] = [];
        const seen = new Set<string>();
        // Dependencies first, as Vite orders the stylesheets of static imports.
        const visit = (c: Rollup.OutputChunk) => {
          if (seen.has(c.fileName)) return;
          seen.add(c.fileName);
          for (const f of c.imports) if (chunk(f)) visit(chunk(f)!);
          css.push(...(c.viteMetadata?.importedCss ?? []));
        };
        visit(chunk(app)!);
        const links = [...new Set(css)]
          .filter((f) => !html.includes(`"${base}${f}"`))
          .map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}">\n    `)
          .join('');
        // Ahead of the entry script, so that on HTTP/1.1 (six connections) the render-blocking
        // files are requested first.
        const entry = html.indexOf('<script type="module"');
        if (entry < 0) throw new Error('link-app: no module script in index.html');
        // `async`: the entry decides itself when to load the app (src/main.tsx); deferred, it
        // would only start after parsing, a round trip late for the views not prerendered.
        const tag = html
          .slice(entry)
          .replace(/^<script type="module"/, '<script type="module" async');
        return html.slice(0, entry) + links + tag;
      },
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

/**
 * Which modules the page's first load puts in which chunk (`codeSplitting.groups` below reads
 * these sets; Rolldown asks after the module graph is complete). Left to automatic chunking, the
 * default view loaded nine small JavaScript files and two stylesheets besides React, each
 * compressed on its own: the figure, the store and the translation hook came in four chunks,
 * because the iframe view and the lazy parts each share a different subset of them.
 *
 * - `first`: what the first-frame module (src/page/firstFrame/paint.ts) shares with the app
 *   (src/page/start.tsx): the URL codec, the plot model, the math, the number format. The head
 *   links it, and the first frame of a shared link needs it before the app.
 * - `react`: React and what the app shares with the iframe view (src/iframe/main.tsx) that the
 *   first frame does not need: the figure, the store, the translation hook. Every view that
 *   renders React loads all of it anyway.
 * - `frameMath`: what the first frame needs and the app's first load does not: the math of the
 *   functions beyond the ReLU family (src/math/loaded.ts), the plot's Chinese and the first
 *   frame's model (src/page/firstFrame/prepare.ts, which samples the plot as this chunk runs,
 *   while paint.ts may still be on its way). In one file, which the first frame's own chunk
 *   imports (the rest of its code, src/page/firstFrame, stays in that chunk, so that the chunk
 *   is what the adoption script imports); the app loads it once interactive. Left to automatic chunking, the registry and one family came in two files,
 *   one imported by the other: a round trip more before a shared link's first curve.
 *
 * The sets are computed from the graph, not listed by name, so a module that moves between the
 * first frame and the app moves chunk with it. What only the page uses stays in the app's own
 * chunk (src/page/start.tsx), so the iframe does not load it.
 */
function pageChunks() {
  const entry = new Set<string>();
  const first = new Set<string>();
  const react = new Set<string>();
  const paintOnly = new Set<string>();
  const plugin: Plugin = {
    name: 'ae-page-chunks',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const closure = (path: string) => {
        const start = ids.find((id) => id.endsWith(path));
        if (!start) throw new Error(`page-chunks: ${path} is not in the build`);
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          // Not through an index module's re-exports: the build drops what nobody imports from
          // it, and what is used is imported directly elsewhere too (src/math/index.ts would
          // otherwise put properties.ts, which only the explanations use, in the first load).
          if (id.endsWith('/index.ts') && seen.size > 1) return;
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
        };
        visit(start);
        return seen;
      };
      const paint = closure('/src/page/firstFrame/paint.ts');
      const app = closure('/src/page/start.tsx');
      const iframe = closure('/src/iframe/main.tsx');
      // The entry's own modules (and Vite's preload helper) stay in the entry, which runs first.
      for (const id of closure('/src/main.tsx')) entry.add(id);
      // Stylesheets stay with the modules that import them (src/page/styles.css: one file).
      const code = (id: string) => !/\.css($|\?)/.test(id);
      for (const id of app) {
        if (!code(id) || entry.has(id)) continue;
        if (paint.has(id)) first.add(id);
        else if (iframe.has(id)) react.add(id);
      }
      for (const id of paint) if (code(id) && !app.has(id) && !entry.has(id)) paintOnly.add(id);
    },
    // The groups must never put React in the first frame's way: a shared link's plot is painted
    // before the app loads (src/page/firstFrame).
    generateBundle(_, bundle) {
      for (const f of firstFrameFiles(bundle)) {
        const c = bundle[f];
        if (c?.type === 'chunk' && c.moduleIds.some((id) => /node_modules[\\/]react/.test(id)))
          this.error(`page-chunks: the first frame's ${f} holds React`);
      }
    },
  };
  return {
    plugin,
    groups: [
      { name: 'entry', test: (id: string) => entry.has(id) && !id.endsWith('/src/main.tsx') },
      { name: 'first', test: (id: string) => first.has(id) },
      {
        name: 'frameMath',
        test: (id: string) =>
          paintOnly.has(id) && (!id.includes('/firstFrame/') || id.endsWith('/prepare.ts')),
      },
      {
        name: 'react',
        test: (id: string) =>
          react.has(id) || /node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id),
      },
    ],
  };
}

const chunks = pageChunks();

// The app: the full page (index.html, its default view prerendered) and the embed view for
// iframes (embed.html), then the web component. The npm package has its own config
// (vite.lib.config.ts, `npm run build:lib`).
export default defineConfig({
  // `AE_BASE=/repo/ npm run build` for a site served from a folder (GitHub Pages' project
  // sites, .github/workflows/pages.yml): the pages link their assets from the root by default.
  base: process.env.AE_BASE || '/',
  plugins: [
    react(),
    chunks.plugin,
    linkApp(),
    prerender(),
    compileHints(),
    copyExamples(),
    webComponent(),
  ],
  build: {
    target: 'es2022',
    // Every browser the page supports preloads modules itself: no polyfill in the first load.
    modulePreload: { polyfill: false },
    // Fonts stay files: KaTeX's smallest one inlined as a data: URL broke a font-src 'self' CSP.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // React in one chunk with the figure: every view that renders loads all of it anyway,
        // and one file compresses better than several apart (pageChunks).
        codeSplitting: { groups: chunks.groups },
      },
    },
  },
});
