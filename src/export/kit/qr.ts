/**
 * A QR code that opens the view: the page's address with the view's state in its query
 * (the same parameters a shared link has, plus the language, so every reader sees the
 * author's), drawn as SVG and PNG from qrcode-generator's modules.
 */
import qrcode from 'qrcode-generator';
import type { ExplorerState } from '../../state/explorerStore';
import { encode } from '../../state/urlCodec';
import type { StandaloneSvg } from '../svg';

/** Quiet zone (modules) and module size (CSS pixels). */
const MARGIN = 4;
const CELL = 6;

/** The address that opens `state` on the page at `pageUrl` (its own query and hash dropped). */
export function viewUrl(state: ExplorerState, pageUrl: string): string {
  const q = encode(state);
  q.set('lang', state.lang);
  const url = new URL(pageUrl);
  url.search = q.toString().replace(/%2C/g, ',');
  url.hash = '';
  return url.href;
}

/** The QR code of `text` (error correction M) as standalone SVG, dark on white. */
export function qrSvg(text: string, title: string): StandaloneSvg {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + MARGIN} ${r + MARGIN}h1v1h-1z`;
  const size = n + 2 * MARGIN;
  const px = size * CELL;
  const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const text_ =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${size} ${size}"` +
    ` role="img" aria-labelledby="ae-qr-title" shape-rendering="crispEdges">` +
    `<title id="ae-qr-title">${esc(title)}</title>` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path d="${d}" fill="#000000"/></svg>`;
  return { text: text_, width: px, height: px };
}
