import type { Kink } from '../../math';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';
import { KINK_LINE, layoutKinkNotes, type NoteFrame } from '../../plot/kinkNotes';

export interface KinkNotesProps extends NoteFrame {
  /** Kinks of the main function inside the view. */
  kinks: readonly Kink[];
  t: (key: MessageKey, vars?: MessageVars) => string;
}

/**
 * At each kink, on the f′ panel: "PyTorch: 0" beside the value autograd returns, and on wide
 * plots the one-sided derivatives, with a `<title>` spelling it out. Learners meet conflicting
 * claims about ReLU′(0); the plot states which value PyTorch actually uses.
 */
export function KinkNotes({ kinks, t, ...frame }: KinkNotesProps) {
  const { top, bottom } = frame;
  return (
    <g className="ae-plot-kinknotes">
      {layoutKinkNotes(kinks, frame, t).map((note) => (
        <g key={note.x} data-testid="plot-kink-note">
          <title>{note.title}</title>
          <line className="ae-plot-kink-guide" x1={note.px} x2={note.px} y1={top} y2={bottom} />
          <rect className="ae-plot-kink-bg" {...note.box} rx={2} />
          <text
            className="ae-plot-kink-label"
            x={note.textX}
            y={note.textY}
            textAnchor={note.anchor}
          >
            {note.lines.map((s, i) => (
              <tspan
                key={i}
                x={note.textX}
                dy={i === 0 ? 0 : KINK_LINE}
                className={i < note.lines.length - 1 ? 'ae-plot-kink-sides' : undefined}
              >
                {s}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}
