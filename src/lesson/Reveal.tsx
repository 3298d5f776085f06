import { useId, useState } from 'react';
import { useT } from '../components/useT';
import { lessonStrings } from './i18n';

export interface RevealProps {
  question: string;
  answer: string;
}

/**
 * Predict, then check: the question is shown, its answer only on request (a button with
 * `aria-expanded`), so the reader commits to a guess first.
 */
export function Reveal({ question, answer }: RevealProps) {
  const t = useT(lessonStrings);
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="ae-lesson-question" role="group" aria-labelledby={`${id}-q`}>
      <p className="ae-lesson-predict">{t('lessonPredict')}</p>
      <p id={`${id}-q`}>{question}</p>
      <button
        type="button"
        className="ae-button"
        aria-expanded={open}
        aria-controls={`${id}-a`}
        onClick={() => setOpen((o) => !o)}
      >
        {t(open ? 'lessonHideAnswer' : 'lessonShowAnswer')}
      </button>
      <div id={`${id}-a`} className="ae-lesson-answer" hidden={!open}>
        <p>{answer}</p>
      </div>
    </div>
  );
}
