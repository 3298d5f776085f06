import { useExplorer } from '../state/context';
import { selectShowDerivative } from '../state/selectors';
import { CheckField } from './CheckField';
import { useT } from './useT';

/** What the plot shows besides f. */
export function DisplayOptions() {
  const t = useT();
  const show = useExplorer(selectShowDerivative);
  const setShowDerivative = useExplorer((s) => s.setShowDerivative);
  return (
    <fieldset className="ae-group">
      <legend className="ae-legend">{t('displayHeading')}</legend>
      <CheckField label={t('showDerivative')} checked={show} onChange={setShowDerivative} />
    </fieldset>
  );
}
