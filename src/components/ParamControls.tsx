import { useExplorer } from '../state/context';
import { selectActivation } from '../state/selectors';
import { ParamSlider } from './ParamSlider';
import { useT } from './useT';

/** The sliders of the main function's parameters, generated from the registry. */
export function ParamControls() {
  const t = useT();
  const a = useExplorer(selectActivation);
  if (!a) return null;
  return (
    <fieldset className="ae-group">
      <legend className="ae-legend">{t('paramsHeading')}</legend>
      {a.params.length === 0 ? (
        <p className="ae-hint">{t('noParams', { name: a.name })}</p>
      ) : (
        a.params.map((spec) => <ParamSlider key={`${a.id}:${spec.key}`} spec={spec} />)
      )}
    </fieldset>
  );
}
