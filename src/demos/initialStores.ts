import type { Lang } from '../i18n/types';
import { createExplorerStore, defaultState } from '../state/explorerStore';
import { decode } from './codec';
import { createDemosStore } from './store';

/**
 * The stores a demos view starts from, read from its query string: language and theme in an
 * explorer store (so the explorer's header switches work unchanged), the demos' settings in
 * their own store. `decoded` keeps the view and the notices of what was ignored.
 */
export function initialStores(search: string, defaultLang: Lang) {
  const decoded = decode(new URLSearchParams(search));
  const explorer = createExplorerStore({
    ...defaultState(defaultLang),
    ...(decoded.lang && { lang: decoded.lang }),
    ...(decoded.theme && { theme: decoded.theme }),
  });
  const demos = createDemosStore(decoded.settings);
  return { decoded, explorer, demos };
}
