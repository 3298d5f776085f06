import { lazy, Suspense, type ComponentType } from 'react';
import { useExplorer } from '../state/context';
import { CUSTOM_ID } from '../state/formula';
import { selectFn } from '../state/selectors';

/** The formula editor and the engine behind it come on demand: no view without them ships them. */
const FormulaEditor = lazy<ComponentType>(() =>
  // A chunk that fails to load (offline) leaves the field out rather than breaking the figure;
  // the picker has already said the formula could not be loaded.
  import('../formula-ui/FormulaEditor').catch(() => ({ default: () => null })),
);

/** The custom formula's field, shown while the main function is the custom formula. */
export function FormulaSlot() {
  const fn = useExplorer(selectFn);
  if (fn !== CUSTOM_ID) return null;
  return (
    <Suspense fallback={null}>
      <FormulaEditor />
    </Suspense>
  );
}
