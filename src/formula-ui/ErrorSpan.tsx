import type { FormulaError } from '../state/formula';

/** Characters of source shown on each side of the error (long formulas are cut around it). */
const CONTEXT = 30;

export interface ErrorSpanProps {
  source: string;
  error: FormulaError;
}

/**
 * The formula with the part that is wrong marked (`<mark>`, underlined), so a sighted reader
 * sees where; the message beside it says the position in words for everyone. Text only: the
 * source is never parsed as markup.
 */
export function ErrorSpan({ source, error }: ErrorSpanProps) {
  const start = Math.max(0, Math.min(error.start, source.length));
  const end = Math.max(start, Math.min(error.end, source.length));
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(source.length, end + CONTEXT);
  return (
    <code className="ae-formula-error-span" aria-hidden="true">
      {from > 0 && '…'}
      {source.slice(from, start)}
      {/* An error at the end (a missing operand) marks the empty place after the last character. */}
      <mark>{end > start ? source.slice(start, end) : '\u00a0'}</mark>
      {source.slice(end, to)}
      {to < source.length && '…'}
    </code>
  );
}
