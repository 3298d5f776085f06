import { useT } from '../components/useT';
import { useExplorer } from '../state/context';
import { encode } from '../state/urlCodec';

export interface OpenFullLinkProps {
  /**
   * The full explorer page, absolute or relative to the page; the current state replaces its
   * query string.
   */
  appUrl: string;
}

/**
 * An embed's small "open in Activation Explorer" link: the full page with the current state in
 * its query string, in a new tab. Only embedding hosts show it (styles: open-full.css).
 */
export function OpenFullLink({ appUrl }: OpenFullLinkProps) {
  // The address is selected as a string: the link re-renders only when it changes, with no
  // shallow comparison of the state's fields.
  const href = useExplorer((s) => {
    const q = encode(s);
    q.set('lang', s.lang);
    return `${appUrl.split(/[?#]/)[0]}?${q.toString().replace(/%2C/g, ',')}`;
  });
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
