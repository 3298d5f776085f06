import type { MouseEvent } from 'react';
import { useT } from '../components/useT';
import { lessonStrings } from './i18n';
import { STEP_COUNT, STEP_IDS, stepAt, stepKey } from './steps';
import type { StepNav } from './useStepNav';

/** A plain click moves within the page; a modified one (new tab) follows the real link. */
function onLink(nav: StepNav, n: number) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    nav.go(n);
  };
}

/** The list of every step, the current one marked with `aria-current="step"`. */
export function StepList({ nav }: { nav: StepNav }) {
  const t = useT(lessonStrings);
  return (
    <nav className="ae-lesson-steps" aria-label={t('lessonStepsLabel')}>
      <ol>
        {STEP_IDS.map((id, i) => (
          <li key={id}>
            <a
              href={nav.hrefOf(i + 1)}
              aria-current={nav.step === i + 1 ? 'step' : undefined}
              onClick={onLink(nav, i + 1)}
            >
              {t(stepKey(id, 'Title'))}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Previous / next links, each naming the step it leads to. */
export function StepPager({ nav }: { nav: StepNav }) {
  const t = useT(lessonStrings);
  const { step } = nav;
  return (
    <nav className="ae-lesson-pager" aria-label={t('lessonStepNavLabel')}>
      {step > 1 && (
        <a href={nav.hrefOf(step - 1)} rel="prev" onClick={onLink(nav, step - 1)}>
          {t('lessonPrev', { title: t(stepKey(stepAt(step - 1), 'Title')) })}
        </a>
      )}
      {step < STEP_COUNT && (
        <a href={nav.hrefOf(step + 1)} rel="next" onClick={onLink(nav, step + 1)}>
          {t('lessonNext', { title: t(stepKey(stepAt(step + 1), 'Title')) })}
        </a>
      )}
    </nav>
  );
}
