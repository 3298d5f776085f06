import { useId } from 'react';
import { useExplorer } from '../state/context';
import { selectShowDerivative } from '../state/selectors';
import { useT } from './useT';

/** What the plot shows besides f. */
export function DisplayOptions() {
  const t = useT();
  const id = useId();
  const show = useExplorer(selectShowDerivative);
  const setShowDerivative = useExplorer((s) => s.setShowDerivative);
  return (
    <fieldset className="ae-group">
      <legend className="ae-legend">{t('displayHeading')}</legend>
      <div className="ae-check">
        <input
          id={id}
          type="checkbox"
          checked={show}
          onChange={(e) => setShowDerivative(e.target.checked)}
        />
        <label htmlFor={id}>{t('showDerivative')}</label>
      </div>
    </fieldset>
  );
}
