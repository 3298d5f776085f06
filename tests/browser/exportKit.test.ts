// The export kit for platforms without iframes, scripted through the address as an author would:
// the files are fetched from the page's download links and decoded here (GIF frames with omggif,
// the QR code with jsQR, PNG chunks by hand), never trusted from the page's own report.
import jsQR from 'jsqr';
import { GifReader } from 'omggif';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPngTexts, toLatin1 } from '../../src/export/kit/pngText';
import { THEME_COLOURS } from '../../src/export/theme';
import { appURL, gotoApp, runAxe, describeViolations, setupBrowser } from './helpers';

const browser = setupBrowser();

/** The bytes behind the download link whose name matches, once the kit has made it. */
async function download(page: Page, name: RegExp, timeout = 60_000) {
  const link = page.getByRole('link', { name });
  await link.waitFor({ timeout });
  const file = (await link.getAttribute('download'))!;
  const bytes = await link.evaluate(async (a: HTMLAnchorElement) => {
    const buf = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
    return Array.from(buf);
  });
  return { file, bytes: new Uint8Array(bytes) };
}

/** How many pixels of the bottom `rows` rows of an image file are text-coloured (the caption). */
function captionInk(page: Page, bytes: Uint8Array, rows: number): Promise<number> {
  return page.evaluate(
    async ({ data, rows, fg }) => {
      const bmp = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const px = ctx.getImageData(0, bmp.height - rows, bmp.width, rows).data;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4)
        if (
          Math.abs(px[i]! - fg[0]!) +
            Math.abs(px[i + 1]! - fg[1]!) +
            Math.abs(px[i + 2]! - fg[2]!) <
          120
        )
          ink++;
      return ink;
    },
    { data: Array.from(bytes), rows, fg: hex(THEME_COLOURS.light.fg) },
  );
}

/** RGBA pixels of a (small) image file, decoded by the browser. */
async function pixels(page: Page, bytes: Uint8Array, type: string) {
  return page.evaluate(
    async ({ data, type }) => {
      const bmp = await createImageBitmap(new Blob([new Uint8Array(data)], { type }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return {
        width: bmp.width,
        height: bmp.height,
        data: Array.from(ctx.getImageData(0, 0, bmp.width, bmp.height).data),
      };
    },
    { data: Array.from(bytes), type },
  );
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (px: ArrayLike<number>, at: number, rgb: number[], tol = 60) =>
  Math.abs(px[at]! - rgb[0]!) + Math.abs(px[at + 1]! - rgb[1]!) + Math.abs(px[at + 2]! - rgb[2]!) <
  tol;

/** For each column, the first row (from the top) where the main curve's colour is. */
function curveRows(rgba: ArrayLike<number>, width: number, height: number): number[] {
  const blue = hex(THEME_COLOURS.light.curves[0]);
  const rows: number[] = [];
  for (let x = 0; x < width; x++) {
    rows.push(-1);
    for (let y = 0; y < height; y++)
      if (near(rgba, (y * width + x) * 4, blue)) {
        rows[x] = y;
        break;
      }
  }
  return rows;
}

/** Whether the bottom `rows` rows hold text (foreground-coloured pixels) on the background. */
function hasCaptionRow(rgba: ArrayLike<number>, width: number, height: number, rows: number) {
  const fg = hex(THEME_COLOURS.light.fg);
  let ink = 0;
  for (let y = height - rows; y < height; y++)
    for (let x = 0; x < width; x++) if (near(rgba, (y * width + x) * 4, fg, 120)) ink++;
  return ink;
}

describe('export kit', () => {
  it('exports a GIF of an α sweep whose curve moves and whose caption is burned in', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=leaky_relu&alpha=0.1&export=gif&sweep=alpha&from=0&to=1&frames=6');
    // The one-shot parameters leave the address; the view's stay.
    await expect.poll(() => new URL(page.url()).search).toBe('?fn=leaky_relu&alpha=0.1');
    const { file, bytes } = await download(page, /^Download .*\.gif$/);
    expect(file).toBe('leaky_relu-alpha0.1-sweep-alpha-0-to-1.gif');

    const gif = new GifReader(bytes);
    expect(gif.numFrames()).toBe(6);
    const { width, height } = gif;
    const frames = Array.from({ length: 6 }, (_, i) => {
      const rgba = new Uint8Array(width * height * 4);
      gif.decodeAndBlitFrameRGBA(i, rgba);
      return rgba;
    });
    // The main curve's top-most pixel per column over the left part of the plot (x < 0),
    // where f = α·x: flat at α = 0, then sloped, and in other pixels in every frame.
    const cols = (f: Uint8Array) => curveRows(f, width, height).slice(width * 0.15, width * 0.4);
    const rows = frames.map(cols);
    for (const r of rows) expect(r.every((y) => y >= 0)).toBe(true);
    expect(Math.max(...rows[0]!) - Math.min(...rows[0]!)).toBeLessThanOrEqual(1);
    expect(Math.max(...rows[5]!) - Math.min(...rows[5]!)).toBeGreaterThan(20);
    for (let i = 1; i < 6; i++) expect(rows[i]).not.toEqual(rows[i - 1]);
    // The caption row (the function with this frame's α) is drawn below the plot and changes.
    for (const f of frames) expect(hasCaptionRow(f, width, height, 24)).toBeGreaterThan(20);
    const bottom = (f: Uint8Array) => f.subarray((height - 24) * width * 4).join(',');
    expect(bottom(frames[0]!)).not.toBe(bottom(frames[5]!));
    expect(errors).toEqual([]);
  });

  it('records a WebM of the sweep where MediaRecorder works', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=elu&export=video&sweep=alpha&from=0.5&to=2&frames=8');
    const { file, bytes } = await download(page, /^Download .*\.webm$/);
    expect(file).toBe('elu-alpha1-sweep-alpha-0.5-to-2.webm');
    // EBML magic number, then a playable video of the figure's size.
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    // Played back (MediaRecorder's WebM has no seek index, so frames are taken as they are
    // presented): the first and the last frame differ in the plot and are the figure's size.
    const meta = await page.evaluate(async (data) => {
      const v = document.createElement('video');
      v.muted = true;
      v.src = URL.createObjectURL(new Blob([new Uint8Array(data)], { type: 'video/webm' }));
      document.body.append(v);
      const shots: string[] = [];
      const grab = () => {
        const c = document.createElement('canvas');
        c.width = v.videoWidth;
        c.height = v.videoHeight;
        c.getContext('2d')!.drawImage(v, 0, 0);
        return c.toDataURL();
      };
      await new Promise<void>((resolve, reject) => {
        v.onerror = () => reject(new Error('video did not load'));
        v.onended = () => resolve();
        const onFrame = () => {
          shots.push(grab());
          v.requestVideoFrameCallback(onFrame);
        };
        v.requestVideoFrameCallback(onFrame);
        void v.play();
      });
      return {
        w: v.videoWidth,
        h: v.videoHeight,
        frames: shots.length,
        first: shots[0],
        last: shots.at(-1),
      };
    }, Array.from(bytes));
    expect(meta.frames).toBeGreaterThan(2);
    expect(meta.first).not.toBe(meta.last);
    expect(meta.w).toBeGreaterThan(300);
    expect(meta.h).toBeGreaterThan(200);
    expect(errors).toEqual([]);
  });

  it('exports an SVG with role, title, description and caption, and its alt text beside it', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=relu&export=svg');
    const { file, bytes } = await download(page, /^Download .*\.svg$/);
    expect(file).toBe('relu.svg');
    const alt = await page.getByRole('textbox', { name: 'Alt text' }).inputValue();
    expect(alt).toContain('Line chart of ReLU and its derivative f′ for x from −5 to 5');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        role: root.getAttribute('role'),
        title: root.querySelector(':scope > title')?.textContent,
        desc: root.querySelector(':scope > desc')?.textContent,
        caption: [...root.querySelectorAll(':scope > g > text')].map((t) => t.textContent),
      };
    }, new TextDecoder().decode(bytes));
    expect(parsed).toEqual({
      role: 'img',
      title: 'ReLU; x from −5 to 5',
      desc: alt,
      caption: ['ReLU; x from −5 to 5'],
    });
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', 'tEXt', 'Leaky ReLU (alpha = 0.1); x from -5 to 5', 'Alt text'],
    ['zh-CN', 'iTXt', 'Leaky ReLU (α = 0.1)；x 从 −5 到 5', '替代文本'],
  ])(
    'exports a PNG (%s) with the alt text in a %s chunk and the caption drawn in',
    async (lang, type, caption, altLabel) => {
      const { page, errors } = await browser.open();
      await gotoApp(page, `?fn=leaky_relu&alpha=0.1&lang=${lang}&export=png`);
      const { bytes } = await download(page, /\.png$/);
      const shownAlt = await page.getByRole('textbox', { name: altLabel }).inputValue();
      // English keeps to Latin-1 (tEXt), spelling out the few symbols beyond it.
      const stored = lang === 'en' ? toLatin1(shownAlt) : shownAlt;
      expect(readPngTexts(bytes)).toEqual([
        { type, keyword: 'Title', text: caption, crcOk: true },
        { type, keyword: 'Description', text: stored, crcOk: true },
      ]);
      expect(shownAlt).toContain(lang === 'en' ? 'f′ jumps from 0.1 to 1' : 'f′ 从 0.1 跳到 1');
      expect(await captionInk(page, bytes, 40)).toBeGreaterThan(40);
      expect(errors).toEqual([]);
    },
  );

  it('makes a QR code that decodes to exactly the view’s URL', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=elu&alpha=0.5&xmin=-3&export=qr');
    const { bytes } = await download(page, /-qr\.png$/);
    const img = await pixels(page, bytes, 'image/png');
    const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    expect(code?.data).toBe(appURL('?fn=elu&alpha=0.5&xmin=-3&lang=en'));
    await expect.poll(() => page.getByRole('link', { name: code!.data }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('ignores bad export parameters with notices, and works from the export menu', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=leaky_relu&export=gif&sweep=beta&frames=0&from=x&to=0.5');
    await expect
      .poll(() => page.locator('.ae-kit-notices li').allInnerTexts())
      .toEqual([
        'Ignored sweep=beta: use range or a parameter of Leaky ReLU (alpha).',
        'Ignored from=x: not a value alpha can take here.',
        'Ignored frames=0: use a whole number from 2 to 120.',
      ]);
    // Still made, from the valid parts; the form shows what was used.
    await page.getByRole('link', { name: /\.gif$/ }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('textbox', { name: 'To' }).inputValue()).toBe('0.5');
    // The state's own notices do not mention the kit's keys.
    expect(await page.getByText(/unknown parameter/).count()).toBe(0);

    // From the menu: a QR code of the view, and the panel is axe-clean.
    await page.getByRole('combobox', { name: 'What to make' }).selectOption('qr');
    await page.getByRole('button', { name: 'Make' }).click();
    await page.getByRole('link', { name: /-qr\.svg$/ }).waitFor();
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
