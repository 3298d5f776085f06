import { translator } from '../../i18n/catalogue';
import { embedDialog } from '../../i18n/sections/embedDialog';
import { activationIn, type ExplorerState } from '../../state/explorerStore';
import { encode } from '../../state/urlCodec';
import { defaultState } from '../../state/defaults';
import { writeText } from '../../state/textPatch';

type SnippetState = Pick<
  ExplorerState,
  | 'fn'
  | 'params'
  | 'range'
  | 'cmp'
  | 'showDerivative'
  | 'showDifference'
  | 'lang'
  | 'theme'
  | 'expr'
  | 'paramRanges'
>;

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A default embed height that fits the plot and a couple of controls; the resize snippet adapts it. */
const IFRAME_HEIGHT = 520;

/**
 * The embed view's URL for a state: the page's own URL parameters (only what differs from the
 * defaults, but always the language, so every reader sees the author's), plus `controls`.
 */
export function embedUrl(state: SnippetState, embedPage: string, controls?: string): string {
  const q = encode({ ...state } as ExplorerState);
  q.set('lang', state.lang);
  if (controls !== undefined) q.set('controls', controls);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `${embedPage}?${s}` : embedPage;
}

/**
 * `<iframe>` HTML for a state, titled for assistive tech with the function's name, in the
 * embedded view's language.
 */
export function iframeSnippet(state: SnippetState, embedPage: string, controls?: string): string {
  const name = activationIn(state, state.fn)?.name ?? state.fn;
  const title = translator(state.lang, embedDialog)('embedFigureTitle', { name });
  return iframeHtml(embedUrl(state, embedPage, controls), title);
}

/**
 * `<iframe>` HTML for any embed view: full width, lazily loaded, borderless. Attributes only,
 * no `style=`: a page whose Content-Security-Policy has `style-src 'self'` refuses inline
 * styles (and then shows the browser's 2 px inset border); `frameborder="0"` removes that
 * border as a presentational hint, which no policy governs.
 */
export function iframeHtml(src: string, title: string, height = IFRAME_HEIGHT): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${height}" loading="lazy" frameborder="0"></iframe>\n` +
    autosizeTag(src)
  );
}

/**
 * The auto-size helper served beside the embed view (`public/embed/autosize.js`), as a file so
 * that no platform has to run or parse inline script (docs/embedding.md, "Auto-size helper").
 */
function autosizeTag(embedSrc: string): string {
  const file = new URL('embed/autosize.js', embedSrc).href;
  return `<script src="${escapeAttribute(file)}" defer></script>`;
}

/**
 * The attributes that reproduce a state, in the schema's order: what differs from the defaults,
 * plus `fn` and `lang`, so the snippet reads well and every reader sees the author's language.
 */
export function attributesOf(s: SnippetState): [name: string, value: string][] {
  const state = s as ExplorerState;
  const out = writeText(state, defaultState(s.lang), 'attr');
  if (!out.some(([k]) => k === 'fn')) out.unshift(['fn', s.fn]);
  out.push(['lang', s.lang]);
  return out;
}

/** `<script>` + `<activation-explorer>` HTML for a state. */
export function elementSnippet(state: SnippetState, scriptUrl: string, controls?: string): string {
  const attrs = attributesOf(state).map(([k, v]) =>
    v === '' ? ` ${k}` : ` ${k}="${escapeAttribute(v)}"`,
  );
  if (controls !== undefined) attrs.push(` controls="${escapeAttribute(controls)}"`);
  return (
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n` +
    `<activation-explorer${attrs.join('')}></activation-explorer>`
  );
}
