import type { ReactNode } from 'react';
import { LANGS, type Lang } from '../i18n/types';
import { page } from '../i18n/sections/page';
import { useExplorer } from '../state/context';
import type { Theme } from '../state/explorerStore';
import { selectLang, selectTheme } from '../state/selectors';
import { SelectField } from '../components/SelectField';
import { useT } from '../components/useT';

const LANG_NAMES: Record<Lang, keyof typeof page> = { en: 'langNameEn', 'zh-CN': 'langNameZh' };
const THEMES: readonly { theme: Theme; label: keyof typeof page }[] = [
  { theme: 'system', label: 'themeSystem' },
  { theme: 'light', label: 'themeLight' },
  { theme: 'dark', label: 'themeDark' },
];
// `inherit` is for embeds: offered only when the URL chose it, so the select never shows blank.
const INHERIT = { theme: 'inherit', label: 'themeInherit' } as const;

export interface HeaderProps {
  /** Level of the title heading (1 on the standalone page, deeper when embedded). */
  level: 1 | 2 | 3 | 4;
  /**
   * Links to other views of the app. Default: on a page of its own (level 1), links to the
   * "Why ReLU works" demos and to the guided lesson; embedded (deeper levels), none.
   */
  nav?: ReactNode;
}

/** Title, language switch and theme switch of one explorer instance. */
export function Header({ level, nav }: HeaderProps) {
  const t = useT(page);
  const lang = useExplorer(selectLang);
  const theme = useExplorer(selectTheme);
  const setLang = useExplorer((s) => s.setLang);
  const setTheme = useExplorer((s) => s.setTheme);
  const Heading = `h${level}` as const;
  return (
    <header className="ae-header">
      <div className="ae-title">
        <Heading className="ae-h1">{t('appTitle')}</Heading>
        <p className="ae-tagline">{t('appTagline')}</p>
        {nav ??
          (level === 1 && (
            <p className="ae-nav">
              <a href={`?view=why&lang=${lang}${theme === 'system' ? '' : `&theme=${theme}`}`}>
                {t('demoNavWhy')}
              </a>
              <span aria-hidden="true"> · </span>
              <a href={`?view=lesson&lang=${lang}${theme === 'system' ? '' : `&theme=${theme}`}`}>
                {t('lessonNavLink')}
              </a>
            </p>
          ))}
      </div>
      <div className="ae-switches">
        <SelectField
          className="ae-switch"
          label={t('language')}
          value={lang}
          options={LANGS.map((l) => ({ value: l, label: t(LANG_NAMES[l]), lang: l }))}
          onChange={setLang}
        />
        <SelectField
          className="ae-switch"
          label={t('theme')}
          value={theme}
          options={(theme === 'inherit' ? [...THEMES, INHERIT] : THEMES).map(
            ({ theme: value, label }) => ({ value, label: t(label) }),
          )}
          onChange={setTheme}
        />
      </div>
    </header>
  );
}
