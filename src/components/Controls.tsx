import { CompareControls } from './CompareControls';
import { useControls } from './config';
import { DisplayOptions } from './DisplayOptions';
import { FunctionPicker } from './FunctionPicker';
import { ParamControls } from './ParamControls';
import { RangeControls } from './RangeControls';

/** The figure's controls, those of the nearest ControlsProvider, for the controls column. */
export function Controls() {
  const controls = useControls();
  return (
    <>
      {controls.picker && <FunctionPicker />}
      <ParamControls />
      {controls.range && <RangeControls />}
      {controls.compare && <CompareControls />}
      {controls.derivative && <DisplayOptions />}
    </>
  );
}
