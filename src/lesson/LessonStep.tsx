import type { RefObject } from 'react';
import { useExplorer } from '../state/context';
import { FIGURE_HEIGHT, figureUrl } from './figureUrl';
import { useT } from '../components/useT';
import { lessonStrings } from './i18n';
import { LessonFigure } from './LessonFigure';
import { Reveal } from './Reveal';
import { FIGURES, STEP_COUNT, stepAt, stepKey } from './steps';
import { stepVars } from './vars';

export interface LessonStepProps {
  /** 1-based step number. */
  n: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** One step: its heading, two or three sentences, its live figure and its question. */
export function LessonStep({ n, headingRef }: LessonStepProps) {
  const t = useT(lessonStrings);
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  const id = stepAt(n);
  const vars = stepVars(id);
  const figure = FIGURES[id];
  const src = figureUrl(figure, lang, theme);
  return (
    <section className="ae-lesson-step" id={`step-${n}`} aria-labelledby={`step-${n}-title`}>
      <p className="ae-lesson-count">{t('lessonStepOf', { n, total: STEP_COUNT })}</p>
      <h3 className="ae-lesson-title" id={`step-${n}-title`} ref={headingRef} tabIndex={-1}>
        {t(stepKey(id, 'Title'), vars)}
      </h3>
      <p className="ae-lesson-body">{t(stepKey(id, 'Body'), vars)}</p>
      <LessonFigure
        key={src}
        src={src}
        title={t('embedFigureTitle', { name: t(stepKey(id, 'Figure')) })}
        height={FIGURE_HEIGHT[figure.kind]}
      />
      <Reveal
        key={n}
        question={t(stepKey(id, 'Question'), vars)}
        answer={t(stepKey(id, 'Answer'), vars)}
      />
    </section>
  );
}
