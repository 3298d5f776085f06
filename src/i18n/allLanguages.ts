import { registerLanguage } from './languages';
import { zh } from './zh';

/**
 * For the hosts that ship every language in their first load (the React package, the demos and
 * the lesson, the build's prerender, the unit tests): their explorers then switch language at
 * once, without waiting for a chunk. A call, not an import for its effect: package.json's
 * `sideEffects` lets bundlers drop imports that bind nothing.
 */
export function registerAllLanguages(): void {
  registerLanguage('zh-CN', zh);
}
