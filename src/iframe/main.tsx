/**
 * The embed view (`embed.html`): the explorer without page chrome, configured by the page's
 * URL parameters plus `controls`, sized to its content through `activation-explorer:resize`
 * messages. It reads no cookie or storage, so browsers that block storage in third-party
 * iframes show it as usual.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ControlsProvider } from '../components/config';
import { parseControls } from '../components/controls';
import { Explorer } from '../components/Explorer';
import { viewParam } from '../demos/route';
import { ExportMenu } from '../export/ExportMenu';
import { loadExportLazily } from '../export/lazy';
import { Notices } from '../parts/Notices';
import { OpenFullLink } from '../parts/OpenFullLink';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore } from '../state/explorerStore';
import {
  browserLanguages,
  initialFromUrl,
  initialFromUrlAsync,
  type InitialFromUrl,
} from '../state/urlSync';
import { EmbedTitle } from './EmbedTitle';
import { startResizePosting } from './resize';
import '../styles/figure.css';
import '../export/export.css';
import '../parts/open-full.css';
import '../parts/notices.css';
import './embed.css';

const query = new URLSearchParams(location.search);
const { controls, ignored: unknownControls } = parseControls(query.get('controls'));
for (const token of unknownControls)
  console.warn(`Activation Explorer embed: unknown control "${token}" ignored.`);
// `controls` and `embed` configure the view; the rest is the explorer's own vocabulary.
query.delete('controls');
query.delete('embed');
// The full page, for the "open in Activation Explorer" link.
const appUrl = new URL('./', location.href).href;
// `view=` names a "Why ReLU works" demo (or `why`, all of them): loaded on demand, shown on its own.
if (viewParam(`?${query}`) !== null)
  void import('../demos/mount').then((m) =>
    m.mountDemos(document.getElementById('root')!, { search: `?${query}`, embed: true, appUrl }),
  );
else startExplorer();
startResizePosting();

function startExplorer() {
  // A custom formula in the URL waits for the formula engine (a lazy chunk) first.
  const first = initialFromUrl(`?${query}`, browserLanguages());
  if (first.deferred) void initialFromUrlAsync(`?${query}`, browserLanguages()).then(mount);
  else mount(first);
}

function mount({ initial, ignored }: InitialFromUrl) {
  const store = createExplorerStore(initial);
  document.documentElement.lang = initial.lang;
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) document.documentElement.lang = s.lang;
  });

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ControlsProvider value={controls}>
        <ExplorerProvider store={store}>
          <EmbedTitle />
          <Explorer
            compact
            before={<Notices notices={ignored} />}
            tools={controls.export && <ExportMenu load={loadExportLazily} />}
            after={<OpenFullLink appUrl={appUrl} />}
          />
        </ExplorerProvider>
      </ControlsProvider>
    </StrictMode>,
  );
}
