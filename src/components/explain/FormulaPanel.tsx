import type { Activation, Params } from '../../math';
import { explain } from '../../i18n/sections/explain';
import { useT } from '../useT';
import { Formula } from './Formula';
import { formatProse } from '../../format/number';
import { texOf } from '../../explain/tex';
import { isCustom } from '../../state/formula';

export interface FormulaPanelProps {
  a: Activation;
  params: Params;
}

/**
 * f and f′ as `explain/tex` writes them (with symbols, nothing substituted) and, beside them,
 * the current value of each symbol.
 */
export function FormulaPanel({ a, params }: FormulaPanelProps) {
  const t = useT(explain);
  // A custom formula brings its own TeX (f′ derived symbolically by the formula engine).
  const tex = isCustom(a) ? a.formula.tex : texOf(a);
  return (
    <div className="ae-formulas">
      {tex && (
        <>
          <p className="ae-formula-label">{t('formulaF')}</p>
          <Formula display tex={`f(x) = ${tex.f}`} />
          <p className="ae-formula-label">{t('formulaDf')}</p>
          <Formula display tex={`f'(x) = ${tex.df}`} />
        </>
      )}
      {a.params.length > 0 ? (
        <>
          <p className="ae-formula-label">{t('formulaValues')}</p>
          <ul className="ae-param-values">
            {a.params.map((spec) => (
              <li key={spec.key}>
                <span className="ae-mono">
                  {spec.symbol} = {formatProse(params[spec.key] ?? spec.default)}
                </span>{' '}
                <span className="ae-hint-inline">({spec.key})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="ae-hint">{t('formulaNoValues')}</p>
      )}
      {a.kinks(params).length > 0 && <p className="ae-hint">{t('formulaAtKink')}</p>}
    </div>
  );
}
