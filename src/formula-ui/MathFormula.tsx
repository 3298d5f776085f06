import { useLayoutEffect, useRef } from 'react';

type Katex = typeof import('katex').default;

let katex: Katex | null = null;

/**
 * TeX as MathML only, typeset by KaTeX (loaded on first use). Browsers draw MathML with no
 * stylesheet, so this works inside the element's shadow root, where the page-wide KaTeX CSS
 * (which the explanations' `Formula` loads) never reaches; the element ships no CSS file.
 */
export function MathFormula({ tex }: { tex: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let live = true;
    const draw = (k: Katex) => {
      // `trust` stays false: no \href, no raw HTML.
      if (live) k.render(tex, el, { displayMode: true, output: 'mathml', throwOnError: false });
    };
    if (katex) draw(katex);
    else {
      el.textContent = tex;
      import('katex').then(
        (m) => draw((katex = m.default)),
        () => {
          // Offline or blocked chunk: the TeX source stays, which is still readable.
        },
      );
    }
    return () => {
      live = false;
    };
  }, [tex]);
  return <span ref={ref} className="ae-formula ae-formula-display" />;
}
