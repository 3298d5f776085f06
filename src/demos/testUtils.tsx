import { render } from '@testing-library/react';
import { createDemoClient, createInProcessWorker } from '../train/client';
import { createExplorerStore, defaultState } from '../state/explorerStore';
import { decode } from './codec';
import type { ClientFactory } from './context';
import { DemosApp } from './DemosApp';
import { createDemosStore } from './store';

/** Clients on the test's own thread: the worker's job runner without a Worker. */
export const inProcessClients: ClientFactory = () => {
  const worker = createInProcessWorker();
  const client = createDemoClient(worker);
  return {
    client,
    release() {
      client.dispose();
      worker.terminate();
    },
  };
};

/** Renders the demos page for a query string (as the page would read it), in-process. */
export function renderDemos(query: string, { embed = false, appUrl = '' } = {}) {
  const decoded = decode(new URLSearchParams(query));
  const explorer = createExplorerStore({
    ...defaultState('en'),
    ...(decoded.lang && { lang: decoded.lang }),
    ...(decoded.theme && { theme: decoded.theme }),
  });
  const demos = createDemosStore(decoded.settings);
  const view = render(
    <DemosApp
      explorer={explorer}
      demos={demos}
      view={decoded.view}
      notices={decoded.ignored}
      embed={embed}
      {...(appUrl && { appUrl })}
      clients={inProcessClients}
      {...(!embed && { page: { defaultLang: 'en' as const } })}
    />,
  );
  return { ...view, explorer, demos };
}
