import { useState } from 'react';
import { CATALOG, activationInfo } from '../math/catalog';
import { useExplorer, useExplorerApi } from '../state/context';
import { MAX_COMPARE, activationIn } from '../state/explorerStore';
import { CUSTOM_ID } from '../state/formula';
import { selectCmp, selectExpr, selectFn, selectShowDifference } from '../state/selectors';
import { CheckField } from './CheckField';
import { FunctionSelect } from './FunctionSelect';
import { curveColour } from './palette';
import { useT } from './useT';

/**
 * Adds up to MAX_COMPARE functions to the plot (drawn with their default parameters), lists them
 * as removable chips in their curve colours, and toggles the difference main − first compared.
 */
export function CompareControls() {
  const t = useT();
  const fn = useExplorer(selectFn);
  const cmp = useExplorer(selectCmp);
  const showDifference = useExplorer(selectShowDifference);
  const removeCompare = useExplorer((s) => s.removeCompare);
  const setShowDifference = useExplorer((s) => s.setShowDifference);
  const [choice, setChoice] = useState<string | null>(null);
  const api = useExplorerApi();
  // Names of a custom formula follow its source.
  useExplorer(selectExpr);

  const taken = [fn, ...cmp];
  const available = [...CATALOG.map((a) => a.id), CUSTOM_ID].filter((id) => !taken.includes(id));
  // Keep the choice valid when it was just added or became the main function.
  const selected = choice !== null && !taken.includes(choice) ? choice : (available[0] ?? null);
  // The custom formula through the store's `apply`, which loads the formula's engine first when
  // it is needed (the formula is then drawn with its parameters at 1); a function whose math is
  // still loading is added once it is here, after what was added before it.
  const add = (id: string) =>
    void (id === CUSTOM_ID
      ? api.getState().apply({ cmp: [...cmp, id] })
      : api.getState().addCompare(id));
  const full = cmp.length >= MAX_COMPARE;
  const nameOf = (id: string) =>
    (activationInfo(id) ?? activationIn(api.getState(), id))?.name ?? id;
  const mainName = nameOf(fn);
  const firstName = cmp[0] ? nameOf(cmp[0]) : '';
  const selectedName =
    selected === CUSTOM_ID ? t('formulaOption') : selected ? nameOf(selected) : '';

  return (
    <fieldset className="ae-group ae-compare">
      <legend className="ae-legend">{t('compareHeading')}</legend>
      {cmp.length > 0 ? (
        <ul className="ae-chips" aria-label={t('compareList')}>
          {cmp.map((id, i) => {
            const name = nameOf(id);
            return (
              <li key={id} className="ae-chip">
                <span
                  className="ae-swatch"
                  style={{ background: curveColour(i + 1) }}
                  aria-hidden="true"
                />
                <span className="ae-chip-name">{name}</span>
                <button
                  type="button"
                  className="ae-chip-remove"
                  aria-label={t('compareRemove', { name })}
                  onClick={() => removeCompare(id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="ae-hint">{t('compareEmpty', { max: MAX_COMPARE })}</p>
      )}
      {full ? (
        <p className="ae-hint">{t('compareFull', { max: MAX_COMPARE })}</p>
      ) : (
        selected !== null && (
          <div className="ae-compare-add">
            <FunctionSelect
              label={t('compareAddLabel')}
              value={selected}
              exclude={taken}
              onChange={setChoice}
            />
            <button
              type="button"
              className="ae-button"
              aria-label={t('compareAddNamed', { name: selectedName })}
              onClick={() => add(selected)}
            >
              {t('compareAdd')}
            </button>
          </div>
        )
      )}
      {cmp.length > 0 && (
        <CheckField
          label={t('showDifference', { main: mainName, other: firstName })}
          checked={showDifference}
          onChange={setShowDifference}
        />
      )}
    </fieldset>
  );
}
