/**
 * Animations of a sweep: each frame drawn from its own plot model (figure.ts) onto a canvas,
 * then encoded as a GIF (gifenc, loaded with this chunk) or recorded as video where the browser
 * can (MediaRecorder on the canvas's stream: WebM in Chromium and Firefox, MP4 in Safari).
 */
import { exportTheme } from '../theme';
import { captionedSvg } from './figure';
import { svgToCanvas } from '../png';
import { sweepFrame, type Sweep } from './sweep';
import type { DescribedState } from './describe';

/** Milliseconds per frame, and how long the last frame holds before the loop restarts. */
export const FRAME_MS = 80;
export const HOLD_MS = 1200;

export interface AnimationInput {
  state: DescribedState;
  sweep: Sweep;
  width: number;
  theme: 'light' | 'dark';
  /** Called before each frame is drawn (0-based). */
  onFrame?: (i: number) => void;
}

/** Draws frame `i` of the sweep onto a new canvas at 1×. */
async function drawFrame(input: AnimationInput, i: number): Promise<HTMLCanvasElement> {
  const { state, sweep, width, theme } = input;
  input.onFrame?.(i);
  const frame = sweepFrame(state, sweep, i, width);
  const svg = captionedSvg({
    model: frame.model,
    state: frame.state,
    theme,
    caption: frame.caption,
  });
  return svgToCanvas(svg, exportTheme(theme, state.lang).bg);
}

/** The sweep as a looping GIF, one 256-colour palette per frame. */
export async function makeGif(input: AnimationInput): Promise<Blob> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const gif = GIFEncoder();
  const n = input.sweep.frames;
  for (let i = 0; i < n; i++) {
    const canvas = await drawFrame(input, i);
    const { data, width, height } = canvas
      .getContext('2d', { willReadFrequently: true })!
      .getImageData(0, 0, canvas.width, canvas.height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), width, height, {
      palette,
      delay: i === n - 1 ? HOLD_MS : FRAME_MS,
    });
  }
  gif.finish();
  return new Blob([gif.bytes().slice()], { type: 'image/gif' });
}

const VIDEO_TYPES = [
  ['video/webm;codecs=vp9', 'webm'],
  ['video/webm;codecs=vp8', 'webm'],
  ['video/webm', 'webm'],
  ['video/mp4', 'mp4'],
] as const;

export interface VideoSupport {
  mime: string;
  extension: 'webm' | 'mp4';
}

/** The video type this browser can record from a canvas, or null (then the option is hidden). */
export function videoSupport(): VideoSupport | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined') return null;
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') return null;
  const found = VIDEO_TYPES.find(([mime]) => MediaRecorder.isTypeSupported(mime));
  return found ? { mime: found[0], extension: found[1] } : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The sweep as a video: frames are drawn first, then played onto a canvas whose stream is
 * recorded in real time (MediaRecorder timestamps frames by the clock), so it takes as long
 * as the video lasts.
 */
export async function makeVideo(input: AnimationInput, support: VideoSupport): Promise<Blob> {
  const frames: HTMLCanvasElement[] = [];
  for (let i = 0; i < input.sweep.frames; i++) frames.push(await drawFrame(input, i));
  const canvas = document.createElement('canvas');
  canvas.width = frames[0]!.width;
  canvas.height = frames[0]!.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(frames[0]!, 0, 0);
  const stream = canvas.captureStream(1000 / FRAME_MS);
  const recorder = new MediaRecorder(stream, { mimeType: support.mime });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start();
  for (const frame of frames) {
    ctx.drawImage(frame, 0, 0);
    await sleep(FRAME_MS);
  }
  await sleep(HOLD_MS);
  recorder.stop();
  stream.getTracks().forEach((t) => t.stop());
  await stopped;
  return new Blob(chunks, { type: support.mime.split(';')[0] });
}
