// Every section of the catalogue, including those loaded lazily with their UI: what the
// catalogue's and the glossary's tests check. `demos` holds the distribution demo's section too,
// `notices` the URL notices' (url.ts).
import { sections } from './catalogue';
import { audio } from './sections/audio';
import { clipboard } from './sections/clipboard';
import { demos } from './sections/demos';
import { embedDialog } from './sections/embedDialog';
import { explain } from './sections/explain';
import { exportKit } from './sections/exportKit';
import { exportKitButton } from './sections/exportKitButton';
import { formula } from './sections/formula';
import { formulaPicker } from './sections/formulaPicker';
import { lesson } from './sections/lesson';
import { notices } from './sections/notices';
import { page } from './sections/page';

export const allSections = {
  ...sections,
  explain,
  demos,
  page,
  embedDialog,
  lesson,
  notices,
  clipboard,
  formula,
  formulaPicker,
  audio,
  exportKit,
  exportKitButton,
};
