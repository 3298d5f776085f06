import type { Kink } from '../math';
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import { formatShort } from '../format/number';
import { SMALL_TEXT_PX, textWidth } from './layout';
import { toPx, type Linear } from './path';

/** Line height of a note's text. */
export const KINK_LINE = SMALL_TEXT_PX + 2;

/** Whether a kink is worth annotating: f′ (or f) differs between sides or from the value used. */
export function isNotable(k: Kink): boolean {
  return k.dfLeft !== k.dfRight || k.df !== k.dfLeft || k.fLeft !== k.fRight || k.f !== k.fLeft;
}

/** Where one kink note goes on the f′ panel, and what it says. */
export interface KinkNote {
  /** The kink's x (a stable key). */
  x: number;
  /** Pixel x of the kink: the dotted guide runs there from top to bottom. */
  px: number;
  /** The full sentence (the note's `<title>`). */
  title: string;
  /** Text lines: on wide plots the one-sided derivatives first, then PyTorch's value. */
  lines: string[];
  /** Anchor of the text: its first baseline at (textX, textY). */
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
  /** The backing box, so gridlines and curves through the label do not strike it out. */
  box: { x: number; y: number; width: number; height: number };
}

/** The panel a note is placed in. */
export interface NoteFrame {
  sx: Linear;
  sy: Linear;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Also print the one-sided derivatives (when there is room). */
  wide: boolean;
}

type Translate = (key: MessageKey, vars?: MessageVars) => string;

/**
 * Places a note at each notable kink whose f′ is inside the panel: "PyTorch: 0" beside the
 * value autograd returns and, on wide plots, the one-sided derivatives, on the side away from
 * the other limit and kept inside the panel.
 */
export function layoutKinkNotes(
  kinks: readonly Kink[],
  frame: NoteFrame,
  t: Translate,
): KinkNote[] {
  const { sx, sy, left, right, top, bottom, wide } = frame;
  const out: KinkNote[] = [];
  for (const k of kinks) {
    if (!isNotable(k)) continue;
    const px = toPx(sx, k.x);
    const py = toPx(sy, k.df);
    if (!Number.isFinite(py) || py < top || py > bottom) continue;
    const vars = {
      x: formatShort(k.x),
      left: formatShort(k.dfLeft),
      right: formatShort(k.dfRight),
      value: formatShort(k.df),
    };
    const otherAbove = Math.max(k.dfLeft, k.dfRight) > k.df;
    const count = wide ? 2 : 1;
    const rawY = otherAbove ? py + 17 : py - 10 - (count - 1) * KINK_LINE;
    const y = Math.min(bottom - 4 - (count - 1) * KINK_LINE, Math.max(top + 13, rawY));
    const flip = px > right - (wide ? 150 : 90);
    const tx = Math.max(left + 2, flip ? px - 7 : px + 7);
    const lines = wide
      ? [t('plotKinkSides', vars), t('plotKinkPyTorch', vars)]
      : [t('plotKinkPyTorch', vars)];
    const boxW = Math.max(...lines.map((s) => textWidth(s))) + 6;
    out.push({
      x: k.x,
      px,
      title: t('plotKinkTitle', vars),
      lines,
      textX: tx,
      textY: y,
      anchor: flip ? 'end' : 'start',
      box: {
        x: flip ? tx - boxW + 3 : tx - 3,
        y: y - SMALL_TEXT_PX,
        width: boxW,
        height: lines.length * KINK_LINE + 4,
      },
    });
  }
  return out;
}
