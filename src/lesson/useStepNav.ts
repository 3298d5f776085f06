import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Lang } from '../i18n/types';
import { useExplorer } from '../state/context';
import { STEP_COUNT } from './steps';
import { decodeLesson, lessonSearch } from './url';

type Win = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'> & {
  document: Document;
};

export interface StepNav {
  /** The current step, 1-based. */
  step: number;
  /** Moves to step `n` (ignored when out of range), adding a history entry. */
  go(n: number): void;
  /** The link of step `n` in the current language and theme. */
  hrefOf(n: number): string;
  /** The current step's heading: it takes the focus after each move, so the reader is there. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Keys typed into a field are the field's, not the lesson's. */
function isField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) || el.isContentEditable);
}

/**
 * The lesson's current step and its address: each move adds a history entry (Back returns to
 * the step before), a language or theme switch replaces it, and the address always shows the
 * step's canonical link (`?view=lesson&step=N`, a `#step-N` target folded into it). ← and →
 * move between steps when the focus is not in a form field.
 */
export function useStepNav(initial: number, defaultLang: Lang, win: Win = window): StepNav {
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  const [step, setStep] = useState(initial);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const hrefOf = useCallback(
    (n: number) => lessonSearch(n, lang, theme, defaultLang),
    [lang, theme, defaultLang],
  );
  const go = useCallback(
    (n: number) => {
      if (n < 1 || n > STEP_COUNT || n === step) return;
      win.history.pushState(null, '', `${win.location.pathname}${hrefOf(n)}`);
      moved.current = true;
      setStep(n);
    },
    [step, hrefOf, win],
  );

  useEffect(() => {
    const { location, history } = win;
    if (location.search === hrefOf(step) && !location.hash) return;
    history.replaceState(history.state, '', `${location.pathname}${hrefOf(step)}`);
  }, [step, hrefOf, win]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    // Back/Forward, or a `#step-N` link followed inside the page.
    const follow = () => {
      moved.current = true;
      setStep(decodeLesson(win.location.search, win.location.hash).step);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (isField(e.target)) return;
      const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (delta === 0 || step + delta < 1 || step + delta > STEP_COUNT) return;
      e.preventDefault();
      go(step + delta);
    };
    win.addEventListener('popstate', follow);
    win.addEventListener('hashchange', follow);
    win.document.addEventListener('keydown', onKey);
    return () => {
      win.removeEventListener('popstate', follow);
      win.removeEventListener('hashchange', follow);
      win.document.removeEventListener('keydown', onKey);
    };
  }, [step, go, win]);

  return { step, go, hrefOf, headingRef };
}
