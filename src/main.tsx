// The page's entry: it loads the app, src/page/start.tsx.
const start = () => import('./page/start').then((m) => m.start());

// When the build's prerendered view is on screen (vite.config.ts), the browser paints it first
// and the app's modules evaluate after that frame: with a warm cache or a fast network they are
// ready as parsing ends and would otherwise hold the first frame back. A hidden tab paints
// nothing, so it does not wait.
if (document.getElementById('root')?.firstElementChild && document.visibilityState === 'visible')
  requestAnimationFrame(() => setTimeout(start, 0));
else void start();
