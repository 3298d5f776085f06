/**
 * `activation-explorer`: the React component. The math API is the separate entry
 * `activation-explorer/math` (no React needed there). The component's styles come with the
 * entry (styles.ts; see vite.lib.config.ts), so an app's bundler includes them with no extra
 * import.
 */
import './styles';
export { ActivationExplorer, type ActivationExplorerProps } from './ActivationExplorer';
export type { ExplorerValue } from '../state/schema';
export { CONTROL_NAMES, type ControlName } from '../components/controlSet';
export type { Lang } from '../i18n/types';
export type { Theme } from '../state/explorerStore';
