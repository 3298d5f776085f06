import { useCallback, useEffect, useRef } from 'react';
import type { DemoClient } from '../train/client';
import { useClientFactory, type ClientLease } from './context';

/**
 * A getter for this component's own computation client, leased on first use (so a panel that
 * never computes starts no worker) and released when the component unmounts.
 */
export function useLazyClient(): () => DemoClient {
  const factory = useClientFactory();
  const lease = useRef<ClientLease | null>(null);
  useEffect(
    () => () => {
      lease.current?.release();
      lease.current = null;
    },
    [factory],
  );
  return useCallback(() => (lease.current ??= factory()).client, [factory]);
}
