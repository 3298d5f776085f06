import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useExplorer, useExplorerApi } from '../state/context';
import { CUSTOM_ID, loadFormulaEngine } from '../state/formula';
import { selectFn } from '../state/selectors';
import { FunctionSelect } from './FunctionSelect';
import { useT } from './useT';

/** The formula editor and the engine behind it come on demand: no view without them ships them. */
const FormulaEditor = lazy<ComponentType>(() =>
  // A chunk that fails to load (offline) leaves the field out rather than breaking the figure;
  // the picker has already said the formula could not be loaded.
  import('../formula-ui/FormulaEditor').catch(() => ({ default: () => null })),
);

/**
 * Chooses the main function; its parameters reset to their defaults. "Custom formula…" loads
 * the formula engine first (a lazy chunk) and opens the formula field under the picker.
 */
export function FunctionPicker() {
  const t = useT();
  const api = useExplorerApi();
  const fn = useExplorer(selectFn);
  const [failed, setFailed] = useState(false);
  const choose = (id: string) => {
    setFailed(false);
    if (id !== CUSTOM_ID) return void api.getState().setActivation(id);
    loadFormulaEngine().then(
      () => api.getState().setActivation(id),
      () => setFailed(true),
    );
  };
  return (
    <>
      <FunctionSelect className="ae-picker" label={t('pickerLabel')} value={fn} onChange={choose} />
      {failed && (
        <p className="ae-field-error" role="alert">
          {t('formulaLoadFailedShort')}
        </p>
      )}
      {fn === CUSTOM_ID && (
        <Suspense fallback={null}>
          <FormulaEditor />
        </Suspense>
      )}
    </>
  );
}
