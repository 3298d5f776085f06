// Its own tiny module: the page's entry (src/main.tsx) needs it before anything else loads, and
// the build makes the prerendered view's adoption script from its source (vite.config.ts), so
// it must use nothing but built-ins.

/** The browser's preferred languages, or nothing outside a browser. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
