import { useControls } from './config';
import { Controls } from './Controls';
import { showsAnyControl } from './controls';
import { ExplorerFrame, type ExplorerFrameProps } from './ExplorerFrame';

export type ExplorerProps = Omit<ExplorerFrameProps, 'controls'>;

/**
 * The figure: plot, readout and the controls of the nearest ControlsProvider, all reading the
 * store of the nearest ExplorerProvider. It knows nothing of where it lives: each host (page,
 * iframe, element, React package) passes in the parts it shows.
 */
export function Explorer(props: ExplorerProps) {
  // The column shows when a control or a host's tool is in it, with every control listed.
  const column = showsAnyControl(useControls()) || props.tools;
  return <ExplorerFrame {...props} controls={column ? <Controls /> : null} />;
}
