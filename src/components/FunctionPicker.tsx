import { useExplorer } from '../state/context';
import { selectFn } from '../state/selectors';
import { FunctionSelect } from './FunctionSelect';
import { useT } from './useT';

/** Chooses the main function; its parameters reset to their defaults. */
export function FunctionPicker() {
  const t = useT();
  const fn = useExplorer(selectFn);
  const setActivation = useExplorer((s) => s.setActivation);
  return (
    <FunctionSelect
      className="ae-picker"
      label={t('pickerLabel')}
      value={fn}
      onChange={(id) => setActivation(id)}
    />
  );
}
