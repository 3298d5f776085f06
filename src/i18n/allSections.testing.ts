// Every section of the catalogue, including those loaded lazily with their UI: what the
// catalogue's and the glossary's tests check. `demos` holds the distribution demo's section too,
// `notices` the URL notices' (url.ts).
import { sections } from './catalogue';
import type { Lang } from './types';
import { controlsZh } from './sections/controls.zh';
import { embedZh } from './sections/embed.zh';
import { embedDialogZh } from './sections/embedDialog.zh';
import { exportKitButtonZh } from './sections/exportKitButton.zh';
import { pageZh } from './sections/page.zh';
import { plotZh } from './sections/plot.zh';
import { validationZh } from './sections/validation.zh';
import { audio } from './sections/audio';
import { clipboard } from './sections/clipboard';
import { demos } from './sections/demos';
import { embedDialog } from './sections/embedDialog';
import { explain } from './sections/explain';
import { exportKit } from './sections/exportKit';
import { exportKitButton } from './sections/exportKitButton';
import { formula } from './sections/formula';
import { lesson } from './sections/lesson';
import { notices } from './sections/notices';
import { page } from './sections/page';
import { plotTable } from './sections/plotTable';

type Bilingual<K extends string> = Record<K, Readonly<Record<Lang, string>>>;

/** A first-load section with its Chinese (which ships apart, src/i18n/languages.ts) put back. */
export function bilingual<K extends string>(
  section: Readonly<Record<K, { en: string }>>,
  zh: Readonly<Record<K, string>>,
): Bilingual<K> {
  const out = {} as Bilingual<K>;
  for (const key of Object.keys(section) as K[])
    out[key] = { en: section[key].en, 'zh-CN': zh[key] };
  return out;
}

export const allSections = {
  ...sections,
  controls: bilingual(sections.controls, controlsZh),
  validation: bilingual(sections.validation, validationZh),
  embed: bilingual(sections.embed, embedZh),
  plot: bilingual(sections.plot, plotZh),
  plotTable,
  explain,
  demos,
  page: bilingual(page, pageZh),
  embedDialog: bilingual(embedDialog, embedDialogZh),
  lesson,
  notices,
  clipboard,
  formula,
  audio,
  exportKit,
  exportKitButton: bilingual(exportKitButton, exportKitButtonZh),
};
