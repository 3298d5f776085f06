// The page's entry: it loads the app, src/page/start.tsx. The build marks this script `async`
// (vite.config.ts), so it runs as soon as it arrives, usually while the page is still parsing.
import { viewParam } from './demos/route';
import { browserLanguages } from './i18n/browserLanguages';
import { prerenderApplies } from './page/applies';

const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});
const start = () => Promise.all([import('./page/start'), parsed]).then(([m]) => m.start());
/** Loads the app once the frame on screen has been painted. */
const startAfterFrame = () => void requestAnimationFrame(() => setTimeout(start, 0));

// When the build's prerendered view goes on screen, the app is fetched, compiled and evaluated
// only after its first frame: on two cores, compiling 260 KB of JavaScript alongside that frame's
// layout put the first curve ~100 ms later at 4× CPU throttle. Any other explorer view (a shared
// link, a Chinese browser) paints its plot first from a small module of its own (the URL codec,
// the plot model and the math), then loads the app the same way. A hidden tab paints nothing,
// so it does not wait; the demos and the lesson load at once.
const languages = browserLanguages();
if (document.visibilityState !== 'visible') void start();
else if (prerenderApplies(location.search, languages)) void parsed.then(startAfterFrame);
else if (viewParam(location.search) === null)
  // Usually the adoption script has painted it by then (paint.ts, showFirstFrame).
  void Promise.all([import('./page/firstFrame/paint'), parsed])
    .then(([m]) => m.showFirstFrame())
    .then((painted) => (painted ? startAfterFrame() : void start()), start);
else void start();
