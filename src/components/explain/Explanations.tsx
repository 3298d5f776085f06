import { memo, useDeferredValue, useId, useMemo } from 'react';
import type { Activation, Params } from '../../math';
import { useExplorer } from '../../state/context';
import { isCustom } from '../../state/formula';
import { selectActivation, selectParams } from '../../state/selectors';
import { explain } from '../../i18n/sections/explain';
import { useT } from '../useT';
import { descriptionKey } from './descriptionKey';
import { CodePanel } from './CodePanel';
import { FormulaPanel } from './FormulaPanel';
import { KinkPanel } from './KinkPanel';
import { PropertiesList } from './PropertiesList';
import { useSettledValue } from './useSettledValue';
import './explain.css';

export interface ExplanationsProps {
  /** Heading level of this section's title. */
  headingLevel: 2 | 3 | 4;
}

/**
 * Pause after which the explanations catch up with a moving slider or a formula being typed:
 * meanwhile each step redraws only the plot and the controls, not the values, code and
 * properties down here.
 */
const SETTLE_MS = 150;

/**
 * Formula, properties and code for the main function. Loaded lazily (it pulls in the
 * properties analysis, and KaTeX on demand), and fed settled, deferred parameters, so dragging
 * a slider redraws the plot alone and this catches up once the slider pauses.
 */
export function Explanations({ headingLevel }: ExplanationsProps) {
  // A function and its parameters always arrive as a pair (a new function must never meet its
  // predecessor's values, which may lie outside its domain): a new function at once with its
  // own values, new values of the same function once they settle; deferred behind the plot.
  const liveA = useExplorer(selectActivation);
  const liveParams = useExplorer(selectParams);
  const live = useMemo(() => ({ a: liveA, params: liveParams }), [liveA, liveParams]);
  const settled = useSettledValue(live, SETTLE_MS);
  // A formula being typed is one function whose text changes: its explanations (TeX, code,
  // properties) catch up when the typing pauses, like a slider's, rather than at each key.
  const same = settled.a === liveA || (isCustom(settled.a) && isCustom(liveA));
  const { a, params } = useDeferredValue(same ? settled : live);
  return a ? <ExplanationsBody headingLevel={headingLevel} a={a} params={params} /> : null;
}

interface ExplanationsBodyProps extends ExplanationsProps {
  a: Activation;
  params: Params;
}

/** The section itself: memoised, so a slider step that changes nothing here renders nothing. */
const ExplanationsBody = memo(function ExplanationsBody({
  headingLevel,
  a,
  params,
}: ExplanationsBodyProps) {
  const t = useT(explain);
  const id = useId();
  const H = `h${headingLevel}` as const;
  const Sub = `h${Math.min(headingLevel + 1, 6) as 3 | 4 | 5}` as const;
  const desc = descriptionKey(a.id);
  return (
    <section className="ae-explain" aria-labelledby={`${id}-title`}>
      <H id={`${id}-title`} className="ae-h2">
        {t('explainHeading', { name: a.name })}
      </H>
      {desc && <p className="ae-desc">{t(desc)}</p>}
      <div className="ae-explain-grid">
        <section className="ae-card" aria-labelledby={`${id}-formula`}>
          <Sub id={`${id}-formula`} className="ae-h3">
            {t('formulaHeading')}
          </Sub>
          <FormulaPanel a={a} params={params} />
        </section>
        <section className="ae-card" aria-labelledby={`${id}-props`}>
          <Sub id={`${id}-props`} className="ae-h3">
            {t('propsHeading')}
          </Sub>
          <PropertiesList key={a.id} a={a} params={params} />
        </section>
        <section className="ae-card" aria-labelledby={`${id}-code`}>
          <Sub id={`${id}-code`} className="ae-h3">
            {t('codeHeading')}
          </Sub>
          <CodePanel a={a} params={params} />
        </section>
      </div>
      <section className="ae-card ae-kink-card" aria-labelledby={`${id}-kinks`}>
        <Sub id={`${id}-kinks`} className="ae-h3">
          {t('kinkWhyHeading')}
        </Sub>
        <KinkPanel
          a={a}
          params={params}
          headingLevel={Math.min(headingLevel + 2, 6) as 4 | 5 | 6}
        />
      </section>
    </section>
  );
});
