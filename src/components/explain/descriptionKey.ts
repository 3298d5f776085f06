import { sectionKey } from '../../i18n/catalogue';
import { explain, type ExplainKey } from '../../i18n/sections/explain';

/** The one-line description of an activation (`desc_<id>`), if the section has one. */
export function descriptionKey(id: string): ExplainKey | null {
  return sectionKey(explain, `desc_${id}`);
}
