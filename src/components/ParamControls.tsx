import { useControls } from './config';
import { showsParam } from './controls';
import { useExplorer } from '../state/context';
import { selectActivation } from '../state/selectors';
import { ParamSlider } from './ParamSlider';
import { useT } from './useT';

/** The sliders of the main function's parameters, generated from the registry. */
export function ParamControls() {
  const t = useT();
  const a = useExplorer(selectActivation);
  const controls = useControls();
  if (!a) return null;
  // An embed shows only the sliders its `controls` list names (all of them by default).
  const shown = a.params.filter((spec) => showsParam(controls, spec.key));
  if (controls.params !== 'all' && shown.length === 0) return null;
  return (
    <fieldset className="ae-group">
      <legend className="ae-legend">{t('paramsHeading')}</legend>
      {a.params.length === 0 ? (
        <p className="ae-hint">{t('noParams', { name: a.name })}</p>
      ) : (
        shown.map((spec) => <ParamSlider key={`${a.id}:${spec.key}`} spec={spec} />)
      )}
    </fieldset>
  );
}
