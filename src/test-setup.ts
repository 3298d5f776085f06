// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); math tests run in plain node.
// Every language is registered, as in the hosts that ship them all: a test renders Chinese at
// once. src/i18n/languages.test.ts checks the loading that the page and the element do.
import { registerAllLanguages } from './i18n/allLanguages';
import { registerAllActivations } from './math/registry';

registerAllLanguages();
// Every activation's math too, as in the hosts that ship it all; src/state/lazyMath.test.ts
// checks the page's loading of it.
registerAllActivations();
