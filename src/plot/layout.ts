/** Pixel geometry of the stacked panels, from the container width. Pure, so it is testable. */

/** Width used before (or without) a ResizeObserver measurement, e.g. in jsdom. */
export const FALLBACK_WIDTH = 640;

/**
 * The curve samples per pixel of plot width, and their bounds. One is enough: kinks are sampled
 * exactly, and on an 800 px plot of [−5, 5] a chord between samples stays within 0.01 px of the
 * curve at default parameters (0.08 px at the sharpest, CELU′ with α = 0.1).
 */
export const SAMPLES_PER_PX = 1;
export const MIN_SAMPLES = 64;
export const MAX_SAMPLES = 4000;

/** Evenly spaced samples for a plot `innerWidth` pixels wide (kinks come on top). */
export function sampleCount(innerWidth: number): number {
  const n = Math.round(innerWidth * SAMPLES_PER_PX);
  return Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, Number.isFinite(n) ? n : MIN_SAMPLES));
}

export type PanelKind = 'f' | 'df' | 'diff';

/** One panel's vertical slot inside the SVG. */
export interface PanelBox {
  kind: PanelKind;
  /** Top of the plotting area (below the panel title). */
  top: number;
  height: number;
}

export interface PlotLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  panels: PanelBox[];
  /** Baselines of the x tick labels and of the x title, under the last panel. */
  xLabelsY: number;
  xTitleY: number;
}

/** Space above each panel for its title. */
export const TITLE_H = 20;
/** Space under the last panel for x tick labels and, below them, the x title. */
export const X_LABELS_H = 42;
const GAP = 6;
const RIGHT = 16;
/**
 * Size of all small text in plots (ticks, titles, kink notes), in CSS px: `--ae-small` in
 * theme.css, which explains why the page has one small size.
 */
export const SMALL_TEXT_PX = 13;
/** Approximate width of one tick-label character (digits, minus sign, point). */
export const CHAR_W = 0.6 * SMALL_TEXT_PX;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Main panel height: wide on a desktop, still tall enough to read on a 320 px phone. */
export function mainHeight(width: number): number {
  return Math.round(clamp(width * 0.42, 200, 360));
}

/** Height of the f′ and difference panels. */
export function secondaryHeight(width: number): number {
  return Math.round(clamp(width * 0.26, 140, 230));
}

/**
 * Lays the panels out top to bottom. `labelChars` is the longest y tick label of any panel, so
 * every panel shares one left edge (and so one x scale).
 */
export function createLayout(
  width: number,
  kinds: readonly PanelKind[],
  labelChars: number,
): PlotLayout {
  const w = Math.max(160, Math.round(width));
  const left = Math.round(Math.max(30, 12 + labelChars * CHAR_W));
  let y = 0;
  const panels = kinds.map((kind) => {
    const height = kind === 'f' ? mainHeight(w) : secondaryHeight(w);
    const box = { kind, top: y + TITLE_H, height };
    y += TITLE_H + height + GAP;
    return box;
  });
  const bottom = y - GAP;
  return {
    width: w,
    height: bottom + X_LABELS_H,
    left,
    right: w - RIGHT,
    panels,
    xLabelsY: bottom + 17,
    xTitleY: bottom + 36,
  };
}

/**
 * Approximate rendered width of a short label at `fontPx`: CJK characters are about one em,
 * others (digits, Latin, symbols) about 0.56 em. Good enough for backing boxes and margins.
 */
export function textWidth(s: string, fontPx = SMALL_TEXT_PX): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? fontPx : fontPx * 0.56;
  return w;
}
