import { render } from '@testing-library/react';
import { createInProcessWorker } from '../train/client';
import { leaseClients, type ClientFactory } from './context';
import { DemosApp } from './DemosApp';
import { initialStores } from './initialStores';

/** Clients on the test's own thread: the worker's job runner without a Worker. */
const inProcessClients: ClientFactory = leaseClients(createInProcessWorker);

/** Renders the demos page for a query string (as the page would read it), in-process. */
export function renderDemos(query: string, { embed = false, appUrl = '' } = {}) {
  const { decoded, explorer, demos } = initialStores(query, 'en');
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
