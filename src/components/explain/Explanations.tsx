import { useDeferredValue, useId } from 'react';
import { useExplorer } from '../../state/context';
import { selectActivation, selectParams } from '../../state/selectors';
import { descriptionKey, useExplainT } from './useExplainT';
import { CodePanel } from './CodePanel';
import { FormulaPanel } from './FormulaPanel';
import { PropertiesList } from './PropertiesList';

export interface ExplanationsProps {
  /** Heading level of this section's title. */
  headingLevel: 2 | 3 | 4;
}

/**
 * Formula, properties and code for the main function. Loaded lazily (it pulls in the
 * properties analysis, and KaTeX on demand), and fed deferred parameters, so dragging a
 * slider redraws the plot first and catches up here when the main thread is free.
 */
export function Explanations({ headingLevel }: ExplanationsProps) {
  const t = useExplainT();
  const id = useId();
  // Deferred together: a function and its parameters always arrive as a pair (a new function
  // must never meet its predecessor's values, which may lie outside its domain).
  const a = useDeferredValue(useExplorer(selectActivation));
  const params = useDeferredValue(useExplorer(selectParams));
  if (!a) return null;
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
    </section>
  );
}
