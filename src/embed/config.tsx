import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ALL_CONTROLS, type ControlSet } from './controls';

/**
 * How one explorer instance is presented, as opposed to what it shows (the store): which
 * controls are visible and whether it is an embed (no page chrome, a link to the full view).
 */
export interface ExplorerConfig {
  /** Visible controls; everything by default. */
  controls: ControlSet;
  /**
   * Embed mode: no header, explanations or code panel, no language/theme switch; a small
   * "open in Activation Explorer" link instead. The full page leaves this false.
   */
  embed: boolean;
  /**
   * Base URL of the full explorer page, for the "open in Activation Explorer" link (the current
   * state is appended as a query string). Omitted: no link.
   */
  appUrl?: string;
}

/** The full page: every control, no embed chrome. */
export const DEFAULT_CONFIG: ExplorerConfig = Object.freeze({
  controls: ALL_CONTROLS,
  embed: false,
});

const ConfigContext = createContext<ExplorerConfig>(DEFAULT_CONFIG);

export interface ExplorerConfigProviderProps {
  /** Fields left out keep their defaults (everything shown, not an embed). */
  value: Partial<ExplorerConfig>;
  children: ReactNode;
}

/** Sets the presentation of the explorer components below it. */
export function ExplorerConfigProvider({ value, children }: ExplorerConfigProviderProps) {
  const { controls = DEFAULT_CONFIG.controls, embed = DEFAULT_CONFIG.embed, appUrl } = value;
  const config = useMemo<ExplorerConfig>(
    () => (appUrl === undefined ? { controls, embed } : { controls, embed, appUrl }),
    [controls, embed, appUrl],
  );
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

/**
 * The presentation config of the nearest {@link ExplorerConfigProvider}; without one, the full
 * page's defaults (everything shown), so the explorer works unconfigured.
 */
export function useExplorerConfig(): ExplorerConfig {
  return useContext(ConfigContext);
}
