import { createRoot, hydrateRoot } from 'react-dom/client';
import { LESSON_VIEW, viewParam } from '../demos/route';
import { format } from '../i18n/catalogue';
import { languageReady, loadLanguage } from '../i18n/languages';
import { setActivationsLoader } from '../math/loaded';
import { createExplorerStore } from '../state/explorerStore';
import { initialFromUrl, initialFromUrlAsync, type InitialFromUrl } from '../state/urlRead';
import { startUrlSync } from '../state/urlSync';
import { browserLanguages } from '../i18n/browserLanguages';
import { takeKitParams } from '../export/kit/keys';
import { preloadNotices } from '../parts/FullFrame';
import { preloadPageParts } from './deferredParts';
import { ExplorerPage } from './ExplorerPage';
import { PAGE_PLOT_WIDTH, showsPrerenderedView } from './prerendered';
import './styles.css';

/** Starts the standalone page (src/main.tsx loads this module). */
export function start(): void {
  // The math of the functions not on screen comes as a chunk, once interactive or when asked for.
  setActivationsLoader(() => import('../math/all'));
  // The build's templates (vite.config.ts) that no first frame used.
  for (const t of document.querySelectorAll('template[id^="ae-"]')) t.remove();
  // `?view=lesson` is the guided lesson and any other `?view=…` the "Why ReLU works" demos
  // page, each loaded on demand; no view is the explorer.
  const view = viewParam(location.search);
  if (view === LESSON_VIEW)
    void import('../lesson/mount').then((m) =>
      m.mountLesson(document.getElementById('root')!, location.search, location.hash),
    );
  else if (view !== null)
    void import('../demos/mount').then((m) =>
      m.mountDemos(document.getElementById('root')!, { search: location.search }),
    );
  else startExplorer();
}

function startExplorer() {
  // The export kit's one-shot parameters (`export=gif&sweep=…`) are not state: they leave the
  // address before the state is read and synced, and go to the kit, which validates them.
  const { rest, kit } = takeKitParams(location.search);
  if (kit) {
    const url = new URL(location.href);
    url.search = rest.toString().replace(/%2C/g, ',');
    history.replaceState(history.state, '', url);
  }
  // The standalone page: state from the URL over the browser's defaults, written back on change.
  // A custom formula in the URL waits for the formula engine (a lazy chunk) first.
  const first = initialFromUrl(location.search, browserLanguages());
  if (first.deferred)
    void initialFromUrlAsync(location.search, browserLanguages()).then((i) =>
      mountExplorer(i, kit),
    );
  else mountExplorer(first, kit);
}

function mountExplorer(
  { initial, defaults, ignored }: InitialFromUrl,
  kit: ReturnType<typeof takeKitParams>['kit'],
) {
  const store = createExplorerStore(initial);
  startUrlSync(store, { defaults });

  // The page's own language and title follow the instance's language switch.
  const applyLang = (lang: typeof initial.lang) => {
    document.documentElement.lang = lang;
    document.title = format(lang, 'appTitle');
  };
  applyLang(initial.lang);
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) applyLang(s.lang);
  });

  // The build puts the default view's markup in the root when it is what this page shows
  // (`prerender` in vite.config.ts): adopt it. Any other state (another function, a Chinese
  // browser, a URL notice) renders afresh, replacing whatever is there, so nothing mismatches.
  // Both start from the prerendered plot width, the usual one, which the plot's measurement at
  // mount then keeps (a 1280 px window) or corrects before the first frame.
  const container = document.getElementById('root')!;
  // The first frame of another view (src/page/firstFrame, `data-first-view`) is a picture
  // only: the app renders over it. A link that spells out the defaults (`?fn=relu`) gets one.
  const adopted = container.firstElementChild && !container.hasAttribute('data-first-view');
  // The kit's panel opens at once when the address asks for an export: render afresh then too.
  const hydrate = adopted && !kit && showsPrerenderedView(initial, ignored);
  // With URL notices, their part is loaded first, so they are there in the first render (above
  // the plot: appearing later, they would push it down). So are the title bar and the tools of
  // a view rendered afresh (hydrated, their prerendered markup stands until they load). A
  // language other than English waits for its strings (src/i18n/languages.ts): no English first.
  const waits = [
    ...(ignored.length > 0 ? [preloadNotices()] : []),
    ...(hydrate ? [] : [preloadPageParts()]),
    ...(languageReady(initial.lang) ? [] : [loadLanguage(initial.lang)]),
  ];
  if (waits.length > 0) void Promise.allSettled(waits).then(render);
  else render();

  function render() {
    if (hydrate)
      hydrateRoot(
        container,
        <ExplorerPage
          store={store}
          notices={ignored}
          initialPlotWidth={PAGE_PLOT_WIDTH}
          kit={kit}
        />,
      );
    else
      createRoot(container).render(
        <ExplorerPage
          store={store}
          notices={ignored}
          initialPlotWidth={PAGE_PLOT_WIDTH}
          kit={kit}
        />,
      );
  }
}
