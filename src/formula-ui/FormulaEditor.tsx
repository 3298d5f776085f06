import { memo, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useSettledValue } from '../components/explain/useSettledValue';
import { useOwnStyles } from '../components/ownStyles';
import { useT } from '../components/useT';
import { formula as formulaSection } from '../i18n/sections/formula';
import { useExplorer, useExplorerApi } from '../state/context';
import { isCustom, loadedFormula, type CustomFormula, type FormulaError } from '../state/formula';
import { selectActivation, selectExpr } from '../state/selectors';
import { errorMessage } from './errorMessage';
import { ErrorSpan } from './ErrorSpan';
import { MathFormula } from './MathFormula';
import { ParamRangeFields } from './ParamRangeFields';
import css from './formula-editor.css?inline';

/**
 * Pause in typing before the formula is compiled and drawn: short enough to feel live, long
 * enough that a fast typist's intermediate states (`x * sig`) are not all drawn.
 */
const TYPING_MS = 60;
/**
 * Pause after a new curve before f and f′ are typeset again (KaTeX takes milliseconds): while
 * a formula is being typed only the curve follows each keystroke; the TeX catches up once the
 * typing pauses, as the explanations do.
 */
const TEX_SETTLE_MS = 150;

/**
 * The custom formula's field (shown while `fn` is `custom`; loaded on demand with the engine):
 * what is typed is compiled after a short pause; a valid formula goes into the store (the plot,
 * the sliders and the URL follow), an invalid one shows what is wrong and where, and the plot
 * keeps the last valid formula. Beside it f and f′ as TeX, and the parameters' slider ranges.
 */
export default function FormulaEditor() {
  const t = useT(formulaSection);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useOwnStyles(root, css);
  const api = useExplorerApi();
  const expr = useExplorer(selectExpr);
  const a = useExplorer(selectActivation);
  const [text, setText] = useState(expr);
  const [error, setError] = useState<{ source: string; error: FormulaError } | null>(null);
  // A formula set from elsewhere (URL, attribute, prop, reset) replaces what is typed.
  const [seen, setSeen] = useState(expr);
  if (seen !== expr) {
    setSeen(expr);
    if (expr !== text) {
      setText(expr);
      setError(null);
    }
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const check = (source: string) => {
    // The editor shows only a custom formula, which the state takes once the engine is loaded.
    const r = loadedFormula()!.compileCached(source);
    if (r.ok) {
      setError(null);
      api.getState().apply({ expr: source });
    } else setError({ source, error: r.error });
  };
  const onChange = (source: string) => {
    setText(source);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => check(source), TYPING_MS);
  };

  const shownError = error && error.source === text ? error : null;
  const errorId = `${id}-error`;
  const formula = isCustom(a) ? a.formula : null;
  // The first formula at once; a changed one once the typing pauses, deferred behind the
  // curve (with the explanations' catching up, in the same render).
  const texFormula = useDeferredValue(useSettledValue(formula, TEX_SETTLE_MS)) ?? formula;
  return (
    <div ref={root} className="ae-formula-editor">
      <label className="ae-label" htmlFor={id}>
        {t('formulaLabel')}
      </label>
      <input
        id={id}
        className="ae-input"
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={text}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={`${id}-hint ${errorId}`}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            clearTimeout(timer.current);
            check(text);
          }
        }}
      />
      <p id={`${id}-hint`} className="ae-hint">
        {t('formulaHint')}
      </p>
      <div id={errorId} className="ae-field-error" aria-live="polite">
        {shownError && (
          <>
            <ErrorSpan source={shownError.source} error={shownError.error} />
            <span>{errorMessage(t, shownError.source, shownError.error)}</span>{' '}
            <span>{t('formulaKeptLast')}</span>
          </>
        )}
      </div>
      {texFormula && <FormulaTex formula={texFormula} label={t('formulaTexHeading')} />}
      {formula && formula.paramNames.length > 0 && <ParamRangeFields names={formula.paramNames} />}
    </div>
  );
}

/** f and f′ as TeX: memoised, so a keystroke that only changes the field typesets nothing. */
const FormulaTex = memo(function FormulaTex({
  formula,
  label,
}: {
  formula: CustomFormula;
  label: string;
}) {
  return (
    <div className="ae-formula-tex" aria-label={label} role="group">
      <MathFormula tex={`f(x) = ${formula.tex.f}`} />
      <MathFormula tex={`f'(x) = ${formula.tex.df}`} />
    </div>
  );
});
