import type { Kink } from '../../math';
import { formatShort } from '../../format/number';
import { SMALL_TEXT_PX, textWidth } from '../../plot/layout';
import { toPx, type Linear } from '../../plot/path';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';

export interface KinkNotesProps {
  /** Kinks of the main function inside the view. */
  kinks: readonly Kink[];
  sx: Linear;
  sy: Linear;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Also print the one-sided derivatives (when there is room). */
  wide: boolean;
  t: (key: MessageKey, vars?: MessageVars) => string;
}

/** Line height of a note's text. */
const LINE = SMALL_TEXT_PX + 2;

/** Whether a kink is worth annotating: f′ (or f) differs between sides or from the value used. */
export function isNotable(k: Kink): boolean {
  return k.dfLeft !== k.dfRight || k.df !== k.dfLeft || k.fLeft !== k.fRight || k.f !== k.fLeft;
}

/**
 * At each kink, on the f′ panel: "PyTorch: 0" beside the value autograd returns, and on wide
 * plots the one-sided derivatives, with a `<title>` spelling it out. Learners meet conflicting
 * claims about ReLU′(0); the plot states which value PyTorch actually uses.
 */
export function KinkNotes({ kinks, sx, sy, left, right, top, bottom, wide, t }: KinkNotesProps) {
  return (
    <g className="ae-plot-kinknotes">
      {kinks.filter(isNotable).map((k) => {
        const px = toPx(sx, k.x);
        const py = toPx(sy, k.df);
        if (!Number.isFinite(py) || py < top || py > bottom) return null;
        const vars = {
          x: formatShort(k.x),
          left: formatShort(k.dfLeft),
          right: formatShort(k.dfRight),
          value: formatShort(k.df),
        };
        // Put the label on the side away from the other limit, inside the panel.
        const otherAbove = Math.max(k.dfLeft, k.dfRight) > k.df;
        const lines = wide ? 2 : 1;
        const rawY = otherAbove ? py + 17 : py - 10 - (lines - 1) * LINE;
        const y = Math.min(bottom - 4 - (lines - 1) * LINE, Math.max(top + 13, rawY));
        const flip = px > right - (wide ? 150 : 90);
        const tx = Math.max(left + 2, flip ? px - 7 : px + 7);
        const texts = [wide ? t('plotKinkSides', vars) : null, t('plotKinkPyTorch', vars)].filter(
          (s): s is string => s !== null,
        );
        // A backing box, so gridlines and curves through the label do not strike it out.
        const boxW = Math.max(...texts.map((s) => textWidth(s))) + 6;
        return (
          <g key={k.x} data-testid="plot-kink-note">
            <title>{t('plotKinkTitle', vars)}</title>
            <line className="ae-plot-kink-guide" x1={px} x2={px} y1={top} y2={bottom} />
            <rect
              className="ae-plot-kink-bg"
              x={flip ? tx - boxW + 3 : tx - 3}
              y={y - SMALL_TEXT_PX}
              width={boxW}
              height={texts.length * LINE + 4}
              rx={2}
            />
            <text className="ae-plot-kink-label" x={tx} y={y} textAnchor={flip ? 'end' : 'start'}>
              {texts.map((s, i) => (
                <tspan
                  key={i}
                  x={tx}
                  dy={i === 0 ? 0 : LINE}
                  className={i < texts.length - 1 ? 'ae-plot-kink-sides' : undefined}
                >
                  {s}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
