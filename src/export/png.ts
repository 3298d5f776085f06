import type { StandaloneSvg } from './svg';

/** The PNG is drawn at this many device pixels per CSS pixel. */
const PNG_SCALE = 2;

/**
 * Draws a standalone SVG onto a new canvas at `scale`× its CSS size, on `background`. The SVG
 * is loaded from a blob URL (it references nothing outside itself, so the canvas stays
 * untainted and readable: the export kit reads its pixels). The page needs `img-src blob:` if
 * it has a CSP.
 */
export async function svgToCanvas(
  svg: StandaloneSvg,
  background: string,
  scale = 1,
): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The canvas as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** The SVG as a PNG at `scale`× its CSS size on the given background. */
export async function svgToPng(
  svg: StandaloneSvg,
  background: string,
  scale = PNG_SCALE,
): Promise<Blob> {
  return canvasToPng(await svgToCanvas(svg, background, scale));
}
