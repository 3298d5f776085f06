/**
 * `activation-explorer`: the React component. The math API is the separate entry
 * `activation-explorer/math` (no React needed there).
 */
export { ActivationExplorer, type ActivationExplorerProps } from './ActivationExplorer';
export type { ExplorerValue } from '../embed/value';
export { CONTROL_NAMES, type ControlName } from '../embed/controls';
export type { Lang } from '../i18n/types';
export type { Theme } from '../state/explorerStore';
