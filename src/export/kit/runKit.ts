/**
 * The kit's entry (loaded on demand): makes the file a request asks for from the explorer's
 * state, with its alt text and caption, and hands back blobs for the panel to preview and
 * offer. Nothing here is in the page's first chunk or in the element.
 */
import { getActivation } from '../../math';
import { buildPlotModel } from '../../plot/model';
import type { ExplorerState } from '../../state/explorerStore';
import { exportFileName } from '../fileName';
import { exportTheme } from '../theme';
import { makeGif, makeVideo, videoSupport } from './animate';
import { altText, kitT, stillCaption } from './describe';
import { captionedSvg } from './figure';
import { insertChunks, textChunk } from './pngText';
import { qrSvg, viewUrl } from './qr';
import type { KitRequest } from './query';
import { canvasToPng, svgToCanvas } from '../png';
import { RANGE_SWEEP, sweepAlt, sweepFrame } from './sweep';

export { videoSupport };
export { readKitQuery, defaultSweep, paramSweep, rangeSweep, sweepValueOk } from './query';

export interface KitInput {
  state: ExplorerState;
  /** Width of the figure in CSS pixels. */
  width: number;
  theme: 'light' | 'dark';
  /** The page's own address: the QR code opens the view there. */
  pageUrl: string;
  onFrame?: (i: number) => void;
}

export interface KitFile {
  blob: Blob;
  name: string;
}

export interface KitOutput {
  /** The file to offer first (and preview), then any other. */
  files: KitFile[];
  preview: 'image' | 'video';
  caption?: string;
  alt?: string;
  /** The QR code's address. */
  url?: string;
}

/** Animations and still pictures are at most this wide (CSS pixels), to keep files small. */
const MAX_ANIMATION_WIDTH = 640;

/** `leaky_relu-alpha0.1` for the view; file names say what the file holds. */
function stem(state: ExplorerState): string {
  const order = getActivation(state.fn)?.params.map((p) => p.key);
  return exportFileName(state, 'svg', order).replace(/\.svg$/, '');
}

/** Makes the file `request` names for `input`'s view. */
export async function runKit(request: KitRequest, input: KitInput): Promise<KitOutput> {
  const { state, theme } = input;
  const base = stem(state);
  if (request.format === 'qr') {
    const url = viewUrl(state, input.pageUrl);
    const svg = qrSvg(url, url);
    const png = await canvasToPng(await svgToCanvas(svg, '#ffffff'));
    return {
      files: [
        { blob: new Blob([svg.text], { type: 'image/svg+xml' }), name: `${base}-qr.svg` },
        { blob: png, name: `${base}-qr.png` },
      ],
      preview: 'image',
      url,
    };
  }
  if (request.format === 'gif' || request.format === 'video') {
    const sweep = request.sweep!;
    const width = Math.min(input.width, MAX_ANIMATION_WIDTH);
    const anim = { state, sweep, width, theme, onFrame: input.onFrame };
    const what = sweep.target === RANGE_SWEEP ? 'range' : `${sweep.target}`;
    const name = `${base}-sweep-${what}-${sweep.from}-to-${sweep.to}`.replace(
      /[^A-Za-z0-9._-]+/g,
      '_',
    );
    // Alt text and caption to paste where the animation is uploaded: the first frame's.
    const words = {
      alt: sweepAlt(state, sweep, width),
      caption: sweepFrame(state, sweep, 0, width).caption,
    };
    if (request.format === 'video') {
      const support = videoSupport();
      if (!support) throw new Error('this browser cannot record video');
      const blob = await makeVideo(anim, support);
      return {
        files: [{ blob, name: `${name}.${support.extension}` }],
        preview: 'video',
        ...words,
      };
    }
    return {
      files: [{ blob: await makeGif(anim), name: `${name}.gif` }],
      preview: 'image',
      ...words,
    };
  }
  const model = buildPlotModel(state, input.width);
  const caption = stillCaption(model, kitT(state.lang));
  const alt = altText(model, state);
  const svg = captionedSvg({ model, state, theme, caption, alt });
  if (request.format === 'svg')
    return {
      files: [{ blob: new Blob([svg.text], { type: 'image/svg+xml' }), name: `${base}.svg` }],
      preview: 'image',
      caption,
      alt,
    };
  const canvas = await svgToCanvas(svg, exportTheme(theme, state.lang).bg, 2);
  const png = new Uint8Array(await (await canvasToPng(canvas)).arrayBuffer());
  const withText = insertChunks(
    png,
    textChunk('Title', caption, state.lang),
    textChunk('Description', alt, state.lang),
  );
  return {
    files: [{ blob: new Blob([withText.slice()], { type: 'image/png' }), name: `${base}.png` }],
    preview: 'image',
    caption,
    alt,
  };
}
