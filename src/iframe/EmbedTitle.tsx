import { useEffect } from 'react';
import { useT } from '../components/useT';
import { useExplorer } from '../state/context';
import { selectActivation, selectFn } from '../state/selectors';

/**
 * The embed view's document is a page of its own inside the host's iframe: it gets a level-one
 * heading (hidden, for screen-reader heading navigation) and a document title naming the
 * function shown, both following the picker.
 */
export function EmbedTitle() {
  const t = useT();
  const fn = useExplorer(selectFn);
  const a = useExplorer(selectActivation);
  const title = `${a?.name ?? fn} · ${t('appTitle')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return <h1 className="ae-visually-hidden">{title}</h1>;
}
