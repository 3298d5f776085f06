export interface ProgressBarProps {
  /** Accessible name, e.g. "Benchmark progress". */
  label: string;
  /** 0…1. */
  value: number;
  /** Text beside the bar (default: the percentage). */
  text?: string;
}

/** A native `<progress>` (role progressbar with its value for assistive tech) and its text. */
export function ProgressBar({ label, value, text }: ProgressBarProps) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="ae-demo-progress">
      <progress aria-label={label} max={100} value={pct} />
      <span className="ae-demo-progress-text">{text ?? `${pct} %`}</span>
    </div>
  );
}
