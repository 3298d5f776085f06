import { useLayoutEffect, useRef } from 'react';

type Katex = typeof import('katex').default;

/** KaTeX, once loaded: later formulas render synchronously, before paint. */
let katex: Katex | null = null;

/** Loads KaTeX and its stylesheet on first use; they are not part of the first-load bundle. */
function loadKatex(): Promise<Katex> {
  return Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => {
    katex = m.default;
    return katex;
  });
}

export interface FormulaProps {
  /** TeX source, in terms of the parameter symbols. */
  tex: string;
  /** Centred on its own line (display style). */
  display?: boolean;
}

/**
 * Typesets TeX with KaTeX, loaded lazily. KaTeX owns the inner DOM of one empty span (React
 * renders no children into it); until KaTeX is ready, or if it fails, the span shows the TeX
 * source as plain text.
 */
export function Formula({ tex, display = false }: FormulaProps) {
  const ref = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let live = true;
    const draw = (k: Katex) => {
      if (!live) return;
      // htmlAndMathml: sighted users see the HTML (KaTeX marks it aria-hidden), assistive
      // technology reads the MathML <math>. `trust` stays false: no \href, no raw HTML.
      k.render(tex, el, { displayMode: display, output: 'htmlAndMathml', throwOnError: false });
    };
    if (katex) draw(katex);
    else {
      el.textContent = tex;
      loadKatex().then(draw, () => {
        // Offline or blocked chunk: the TeX source stays, which is still readable.
      });
    }
    return () => {
      live = false;
    };
  }, [tex, display]);

  return <span ref={ref} className={display ? 'ae-formula ae-formula-display' : 'ae-formula'} />;
}
