/**
 * What the page imports dynamically to load every activation's math (`setActivationsLoader`,
 * loaded.ts). A module of its own, not registry.ts itself: the page's build puts the registry in
 * the first frame's chunk (`pageChunks` in vite.config.ts), and a dynamic import of a module
 * inside a chunk needs a namespace object built by the bundler's runtime, which the first frame
 * would then load too.
 */
export { registerAllActivations } from './registry';
