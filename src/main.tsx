// The page's entry: it loads the app, src/page/start.tsx. The build marks this script `async`
// (vite.config.ts), so it runs as soon as it arrives, usually while the page is still parsing.
import { browserLanguages } from './i18n/browserLanguages';
import { prerenderApplies } from './page/applies';

const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});
const start = () => Promise.all([import('./page/start'), parsed]).then(([m]) => m.start());

// When the build's prerendered view goes on screen, the app is fetched, compiled and evaluated
// only after its first frame: on two cores, compiling 260 KB of JavaScript alongside that frame's
// layout put the first curve ~100 ms later at 4× CPU throttle. Any other view needs the app to
// show anything, so it is requested at once. A hidden tab paints nothing, so it does not wait.
if (prerenderApplies(location.search, browserLanguages()) && document.visibilityState === 'visible')
  void parsed.then(() => requestAnimationFrame(() => setTimeout(start, 0)));
else void start();
