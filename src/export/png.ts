import type { StandaloneSvg } from './svg';

/** The PNG is drawn at this many device pixels per CSS pixel. */
const PNG_SCALE = 2;

/**
 * Rasterises a standalone SVG to PNG at `scale`× its CSS size on the given background: the SVG
 * is loaded as an image from a blob URL (it references nothing outside itself, so the canvas
 * stays untainted) and drawn onto a canvas. The page needs `img-src blob:` if it has a CSP.
 */
export async function svgToPng(
  svg: StandaloneSvg,
  background: string,
  scale = PNG_SCALE,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('svgToPng: no 2D canvas context');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('svgToPng: encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
