import { useMemo } from 'react';
import { useT } from '../components/useT';
import './embed-ui.css';
import { useExplorerState } from '../state/context';
import { encode } from '../state/urlCodec';
import { useExplorerConfig } from './config';

/**
 * The embed's small "open in Activation Explorer" link: the full page with the current state
 * in its query string, in a new tab. Renders nothing outside embed mode or without `appUrl`,
 * and then does not subscribe to the state either: on the full page a slider step skips it.
 */
export function OpenFullLink() {
  const { embed, appUrl } = useExplorerConfig();
  return embed && appUrl ? <LinkToFullPage appUrl={appUrl} /> : null;
}

function LinkToFullPage({ appUrl }: { appUrl: string }) {
  const state = useExplorerState();
  const href = useMemo(() => {
    const q = encode(state);
    q.set('lang', state.lang);
    const url = new URL(appUrl);
    url.search = q.toString().replace(/%2C/g, ',');
    return url.href;
  }, [appUrl, state]);
  return <OpenFullAnchor href={href} />;
}

/** The link itself, for every embedded view (the explorer's above, the demos'). */
export function OpenFullAnchor({ href }: { href: string }) {
  const t = useT();
  return (
    <p className="ae-open-full">
      <a href={href} target="_blank" rel="noopener" aria-label={t('embedOpenFullLabel')}>
        {t('embedOpenFull')}
      </a>
    </p>
  );
}
