/**
 * Vite plugin: prerenders the explorer's default view into the built index.html, so the first
 * curve is on screen before any script has loaded (src/main.tsx then hydrates it).
 *
 * The markup goes into a `<template>` after the root, with an inline script that moves it into
 * the root only when the prerendered view is what the page will show (no query, an English
 * browser: `prerenderApplies`). A shared link to another view, or a Chinese browser, never
 * flashes the wrong function or language: for them the template stays inert and the app
 * renders afresh, as without prerendering.
 */
import { createServer, type Plugin } from 'vite';

const ROOT_TAG = '<main id="root"></main>';

interface PrerenderModules {
  render: { renderPrerenderedView(): Promise<string> };
  view: { prerenderApplies(search: string, languages: readonly string[]): boolean };
}

/** Loads the page's own source in Node through a short-lived Vite server and renders it. */
async function renderView(root: string): Promise<{ html: string; applies: string }> {
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
    )) as PrerenderModules['render'];
    const view = (await server.ssrLoadModule(
      '/src/page/prerendered.ts',
    )) as PrerenderModules['view'];
    return { html: await render.renderPrerenderedView(), applies: String(view.prerenderApplies) };
  } finally {
    await server.close();
  }
}

export function prerender(): Plugin {
  let root = process.cwd();
  return {
    name: 'ae-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.path.endsWith('/index.html')) return html;
        if (!html.includes(ROOT_TAG)) throw new Error(`prerender: ${ROOT_TAG} not in index.html`);
        const view = await renderView(root);
        const stamp =
          `(function(){var t=document.getElementById('ae-prerendered');` +
          `var l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];` +
          `if((${view.applies})(location.search,l))document.getElementById('root').replaceChildren(t.content);` +
          `t.remove()})()`;
        return html.replace(
          ROOT_TAG,
          () =>
            `${ROOT_TAG}\n    <template id="ae-prerendered">${view.html}</template>\n` +
            `    <script>${stamp}</script>`,
        );
      },
    },
  };
}
