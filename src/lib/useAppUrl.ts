import { useEffect, useMemo } from 'react';
import { readAppUrl } from '../parts/appUrl';

/**
 * The `appUrl` prop, validated by the rule every host shares (parts/appUrl.ts): the link's
 * target, or undefined for no link; a refused value warns once and shows no link.
 */
export function useAppUrl(given: string | undefined): string | undefined {
  const url = useMemo(() => (given === undefined ? undefined : readAppUrl(given)), [given]);
  useEffect(() => {
    if (url === null) console.warn(`<ActivationExplorer> appUrl="${given}" ignored: not http(s)`);
  }, [url, given]);
  return url ?? undefined;
}
