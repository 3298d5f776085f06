import { Header } from '../parts/Header';
import { NoticeList } from '../parts/NoticeList';
import { useResolvedTheme } from '../components/useResolvedTheme';
import type { Lang } from '../i18n/types';
import { useExplorer } from '../state/context';
import { useT } from '../components/useT';
import { lessonStrings } from './i18n';
import { LessonStep } from './LessonStep';
import { StepList, StepPager } from './StepLinks';
import type { LessonNotice } from './url';
import { useStepNav } from './useStepNav';
import './lesson.css';

export interface LessonPageProps {
  /** The step the URL asked for (1 when it asked for none or for one that does not exist). */
  initialStep: number;
  /** URL parts that were ignored (a bad step, an unknown parameter). */
  notices: readonly LessonNotice[];
  /** The browser's language: links leave `lang` out when it is this one. */
  defaultLang: Lang;
}

/**
 * The guided lesson, one step at a time, themed and translated by the nearest explorer store
 * (so the header's language and theme switches work unchanged, and every figure follows them).
 */
export function LessonPage({ initialStep, notices, defaultLang }: LessonPageProps) {
  const t = useT(lessonStrings);
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  const resolved = useResolvedTheme(theme);
  const nav = useStepNav(initialStep, defaultLang);
  const themeQuery = theme === 'system' ? '' : `&theme=${theme}`;
  const links = (
    <nav className="ae-lesson-nav" aria-label={t('lessonNavLabel')}>
      <a href={`?lang=${lang}${themeQuery}`}>{t('lessonNavBack')}</a>
      <a href={`?view=why&lang=${lang}${themeQuery}`}>{t('demoNavWhy')}</a>
    </nav>
  );
  return (
    <div className="ae-root ae-lesson" data-theme={resolved} lang={lang}>
      <Header level={1} nav={links} />
      <NoticeList
        lines={notices.map((n) => t(n.message, { ...n.vars, param: n.param, value: n.value }))}
      />
      <h2 className="ae-lesson-heading">{t('lessonTitle')}</h2>
      <p className="ae-lesson-intro">{t('lessonIntro')}</p>
      <div className="ae-lesson-layout">
        <StepList nav={nav} />
        <div className="ae-lesson-main">
          <LessonStep n={nav.step} headingRef={nav.headingRef} />
          <StepPager nav={nav} />
          <p className="ae-hint">{t('lessonKeysHint')}</p>
        </div>
      </div>
    </div>
  );
}
