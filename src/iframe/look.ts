import type { Notice } from '../state/patch';
import { shown } from '../state/patch';

/**
 * The embed view's look from its URL, for pages that style their figures (an iframe cannot
 * follow its parent's CSS): `bg`, `fg`, `accent` as hex colours (`fdf6e3` or `#fdf6e3`, 3 or 6
 * digits) and `font` as a font family list of names (`Georgia, serif`), set as the public
 * custom properties of theme.css on the view's root. Strict on purpose: nothing but those
 * characters reaches the CSS.
 */
const COLOURS = { bg: '--ae-background', fg: '--ae-foreground', accent: '--ae-accent-color' };
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** Family names and generic keywords, comma-separated, optionally quoted; nothing else. */
const FONT = /^\s*(?:(['"]?)[\p{L}\p{N} -]{1,40}\1\s*(?:,\s*|$)){1,6}$/u;

export const LOOK_KEYS = [...Object.keys(COLOURS), 'font'];

export interface Look {
  /** Custom properties to set: `[name, value]`. */
  properties: [name: string, value: string][];
  ignored: Notice[];
}

export function readLook(query: URLSearchParams): Look {
  const properties: [string, string][] = [];
  const ignored: Notice[] = [];
  for (const [key, name] of Object.entries(COLOURS)) {
    const text = query.get(key);
    if (text === null) continue;
    const m = HEX.exec(text.trim());
    if (m) properties.push([name, `#${m[1]}`]);
    else
      ignored.push({
        param: key,
        value: shown(text),
        message: 'urlBadValue',
        vars: { expected: '#rrggbb' },
      });
  }
  const font = query.get('font');
  if (font !== null) {
    if (FONT.test(font)) properties.push(['--ae-font-family', font.trim()]);
    else
      ignored.push({
        param: 'font',
        value: shown(font),
        message: 'urlBadValue',
        vars: { expected: 'Georgia, serif' },
      });
  }
  return { properties, ignored };
}
