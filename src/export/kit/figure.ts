/**
 * The kit's pictures: the export's standalone SVG (svg.ts, untouched) with a caption row
 * burned in below it and, for the files people upload, `role="img"`, a `<title>` (the caption)
 * and a `<desc>` (the alt text) so the file describes itself.
 */
import { format as message } from '../../i18n/catalogue';
import type { PlotModel } from '../../plot/model';
import { buildStandaloneSvg, type StandaloneSvg } from '../svg';
import { exportTheme } from '../theme';
import type { DescribedState } from './describe';

export const CAPTION_PX = 13;
const LINE = 18;
const PAD = 8;

export interface FigureOptions {
  model: PlotModel;
  state: DescribedState;
  theme: 'light' | 'dark';
  /** Burned in below the plot; also the file's `<title>`. */
  caption: string;
  /** The file's `<desc>` (omitted from animation frames, where no one reads it). */
  alt?: string;
}

/** Escapes text for element content and double-quoted attributes. */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Roughly how wide `s` is at the caption's size: CJK glyphs are square, others about half. */
const textWidth = (s: string) =>
  [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0) *
  CAPTION_PX;

/** Breaks `text` into lines no wider than `width`, at spaces (or anywhere in CJK text). */
export function wrapCaption(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Words with their trailing space, or single CJK characters, stay whole.
  for (const piece of text.match(
    /[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g,
  ) ?? []) {
    if (line && textWidth(line + piece.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The figure of `model` with its caption row, as standalone SVG text and CSS size. */
export function captionedSvg({ model, state, theme, caption, alt }: FigureOptions): StandaloneSvg {
  const colours = exportTheme(theme, state.lang);
  const inner = buildStandaloneSvg(model, {
    t: (key, vars) => message(state.lang, key, vars),
    theme: colours,
    title: model.series[0]?.a.name,
  });
  const lines = wrapCaption(caption, inner.width - 2 * PAD);
  const width = inner.width;
  const height = inner.height + PAD + lines.length * LINE + PAD;
  const rows = lines
    .map(
      (l, i) =>
        `<text x="${PAD}" y="${inner.height + PAD + i * LINE + LINE / 2}" dominant-baseline="central">${esc(l)}</text>`,
    )
    .join('');
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-labelledby="ae-kit-title${alt ? ' ae-kit-desc' : ''}" lang="${state.lang}">` +
    `<title id="ae-kit-title">${esc(caption)}</title>` +
    (alt ? `<desc id="ae-kit-desc">${esc(alt)}</desc>` : '') +
    `<rect width="100%" height="100%" fill="${colours.bg}"/>` +
    inner.text.replace(/^<\?xml[^>]*>\s*/, '') +
    `<g font-family="${esc(colours.font)}" font-size="${CAPTION_PX}" fill="${colours.fg}">${rows}</g>` +
    `</svg>`;
  return { text, width, height };
}
