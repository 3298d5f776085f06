import { createContext, useContext, type ReactNode } from 'react';
import { ALL_CONTROLS, type ControlSet } from './controlSet';

const ControlsContext = createContext<ControlSet>(ALL_CONTROLS);

export interface ControlsProviderProps {
  /** The controls the figure below shows; every one when there is no provider. */
  value: ControlSet;
  children: ReactNode;
}

/**
 * Which controls the figure below shows: how an instance is presented, as opposed to what it
 * shows (the store). Hosts set it from their `controls` URL parameter, attribute or prop.
 */
export function ControlsProvider({ value, children }: ControlsProviderProps) {
  return <ControlsContext.Provider value={value}>{children}</ControlsContext.Provider>;
}

/** The controls of the nearest {@link ControlsProvider}; all of them without one. */
export function useControls(): ControlSet {
  return useContext(ControlsContext);
}
