/**
 * The embed view (`embed.html`): the explorer without page chrome, configured by the page's
 * URL parameters plus its own (`controls`, `app-url`, `id`, and the look: `bg`, `fg`,
 * `accent`, `font`), sized to its content through `activation-explorer:resize` messages, and
 * talking to its parent (messages.ts). It reads no cookie or storage, so browsers that block
 * storage in third-party iframes show it as usual.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ControlsProvider } from '../components/config';
import { parseControls } from '../components/controls';
import { Explorer } from '../components/Explorer';
import { viewParam } from '../demos/route';
import { ExportMenu } from '../export/ExportMenu';
import { loadExportLazily } from '../export/lazy';
import { LazyAudioTrace } from '../parts/audio/LazyAudioTrace';
import { Notices } from '../parts/Notices';
import { OpenFullLink } from '../parts/OpenFullLink';
import { readAppUrl } from '../parts/appUrl';
import type { Notice } from '../state/patch';
import { shown } from '../state/patch';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore } from '../state/explorerStore';
import { browserLanguages } from '../i18n/browserLanguages';
import { initialFromUrl, initialFromUrlAsync, type InitialFromUrl } from '../state/urlRead';
import { watchNearViewport } from '../element/nearViewport';
import { whenLanguage } from '../i18n/languages';
import { registerAllActivations } from '../math/registry';
import { EmbedTitle } from './EmbedTitle';
import { LOOK_KEYS, readLook } from './look';
import { startMessages } from './messages';
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
const viewNotices: Notice[] = [];
// The full page, for the "open in Activation Explorer" link: this folder's, unless `app-url`.
const givenAppUrl = query.get('app-url');
const readUrl = givenAppUrl === null ? null : readAppUrl(givenAppUrl);
if (givenAppUrl !== null && readUrl === null)
  viewNotices.push({
    param: 'app-url',
    value: shown(givenAppUrl!),
    message: 'urlBadValue',
    vars: { expected: 'https://…' },
  });
const appUrl =
  givenAppUrl === null || readUrl === null
    ? new URL('./', location.href).href
    : readUrl && new URL(readUrl, location.href).href;
// `id` names this frame in its messages to the parent.
const givenId = query.get('id');
const id = givenId !== null && /^[\w.:-]{1,64}$/.test(givenId) ? givenId : undefined;
if (givenId !== null && id === undefined)
  viewNotices.push({
    param: 'id',
    value: shown(givenId),
    message: 'urlBadValue',
    vars: { expected: 'A-Z a-z 0-9 _ . : -' },
  });
const look = readLook(query);
viewNotices.push(...look.ignored);
for (const [name, value] of look.properties)
  document.documentElement.style.setProperty(name, value);
// These configure the view; the rest is the explorer's own vocabulary.
for (const key of ['controls', 'embed', 'app-url', 'id', ...LOOK_KEYS]) query.delete(key);
// `view=` names a "Why ReLU works" demo (or `why`, all of them): loaded on demand, shown on its own.
if (viewParam(`?${query}`) !== null) {
  void import('../demos/mount').then((m) =>
    m.mountDemos(document.getElementById('root')!, { search: `?${query}`, embed: true, appUrl }),
  );
  startResizePosting();
} else {
  // On an article of many lazy iframes, the figure mounts when its frame is near the reader (a
  // cross-origin frame: when visible), not when the browser loads the frame well ahead. Heights
  // are posted from then on only: an empty view's height would shrink the frame meanwhile.
  // Without `far`, near comes once: the figure stays mounted.
  watchNearViewport(document.documentElement, () => {
    startExplorer();
    startResizePosting();
  });
}

function startExplorer() {
  // The view ships every function's math: the one its URL names is drawn in the first render.
  registerAllActivations();
  // A custom formula in the URL waits for the formula engine (a lazy chunk) first.
  const first = initialFromUrl(`?${query}`, browserLanguages());
  // A language other than English waits for its strings (src/i18n/languages.ts).
  const go = (i: InitialFromUrl) => whenLanguage(i.initial.lang, () => mount(i));
  if (first.deferred) void initialFromUrlAsync(`?${query}`, browserLanguages()).then(go);
  else go(first);
}

function mount({ initial, ignored }: InitialFromUrl) {
  const store = createExplorerStore(initial);
  document.documentElement.lang = initial.lang;
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) document.documentElement.lang = s.lang;
  });
  startMessages(store, id);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ControlsProvider value={controls}>
        <ExplorerProvider store={store}>
          <EmbedTitle />
          <Explorer
            compact
            before={<Notices notices={[...viewNotices, ...ignored]} />}
            tools={
              (controls.readout || controls.export) && (
                <>
                  {controls.export && <ExportMenu load={loadExportLazily} />}
                  {/* The audio trace is a readout by ear: shown wherever the readout is. */}
                  {controls.readout && <LazyAudioTrace />}
                </>
              )
            }
            after={appUrl && <OpenFullLink appUrl={appUrl} />}
          />
        </ExplorerProvider>
      </ControlsProvider>
    </StrictMode>,
  );
}
