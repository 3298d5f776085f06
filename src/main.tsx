import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Explorer } from './components/Explorer';
import { format } from './i18n/catalogue';
import { ExplorerProvider } from './state/context';
import { createExplorerStore } from './state/explorerStore';
import { browserLanguages, initialFromUrl, startUrlSync } from './state/urlSync';
import './styles/page.css';
import './styles/theme.css';
import './styles/explorer.css';

// The standalone page: state from the URL over the browser's defaults, written back on change.
const { initial, defaults, ignored } = initialFromUrl(location.search, browserLanguages());
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ExplorerProvider store={store}>
      <Explorer notices={ignored} />
    </ExplorerProvider>
  </StrictMode>,
);
