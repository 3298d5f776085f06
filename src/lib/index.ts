/**
 * `activation-explorer`: the React component. The math API is the separate entry
 * `activation-explorer/math` (no React needed there). The explorer's stylesheet is imported by
 * the built entry (see vite.lib.config.ts), so an app's bundler includes it with no extra import.
 */
export { ActivationExplorer, type ActivationExplorerProps } from './ActivationExplorer';
export type { ExplorerValue } from '../embed/value';
export { CONTROL_NAMES, type ControlName } from '../embed/controls';
export type { Lang } from '../i18n/types';
export type { Theme } from '../state/explorerStore';
