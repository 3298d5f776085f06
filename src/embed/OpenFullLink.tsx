import { useMemo } from 'react';
import { useT } from '../components/useT';
import './embed-ui.css';
import { useExplorer } from '../state/context';
import { defaultState } from '../state/explorerStore';
import { encode } from '../state/urlCodec';
import { useExplorerConfig } from './config';

/**
 * The embed's small "open in Activation Explorer" link: the full page with the current state
 * in its query string, in a new tab. Renders nothing outside embed mode or without `appUrl`.
 */
export function OpenFullLink() {
  const t = useT();
  const { embed, appUrl } = useExplorerConfig();
  const fn = useExplorer((s) => s.fn);
  const params = useExplorer((s) => s.params);
  const range = useExplorer((s) => s.range);
  const cmp = useExplorer((s) => s.cmp);
  const showDerivative = useExplorer((s) => s.showDerivative);
  const showDifference = useExplorer((s) => s.showDifference);
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  const href = useMemo(() => {
    if (!appUrl) return null;
    const q = encode({
      ...defaultState(lang),
      fn,
      params,
      range,
      cmp,
      showDerivative,
      showDifference,
      lang,
      theme,
    });
    q.set('lang', lang);
    const url = new URL(appUrl);
    url.search = q.toString().replace(/%2C/g, ',');
    return url.href;
  }, [appUrl, fn, params, range, cmp, showDerivative, showDifference, lang, theme]);
  if (!embed || !href) return null;
  return (
    <p className="ae-open-full">
      <a href={href} target="_blank" rel="noopener" aria-label={t('embedOpenFullLabel')}>
        {t('embedOpenFull')}
      </a>
    </p>
  );
}
