import { useId, useState, type KeyboardEvent } from 'react';
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import type { ActionResult } from '../state/explorerStore';
import { formatExact, parseNumber } from '../format/number';
import { useT } from './useT';

export interface NumberFieldProps {
  /** Accessible name, e.g. "α (alpha) value" or "x min". */
  label: string;
  /** Whether the label is shown (otherwise it is only the accessible name). */
  showLabel?: boolean;
  /** The committed value (from the store). */
  value: number;
  /**
   * Applies a typed value; a refused value keeps the text and shows the reason.
   * Called on Enter and on blur, never on each keystroke.
   */
  onCommit(value: number): ActionResult;
  /** Allow a minus sign on touch keyboards (iOS's decimal pad has none). */
  allowNegative?: boolean;
  className?: string;
}

interface FieldError {
  key: MessageKey;
  vars?: MessageVars;
}

/**
 * A text field for an exact number. While the text is being edited it is kept as typed; an
 * invalid value stays visible with its reason (tied by aria-describedby) until corrected, and
 * the store keeps its last valid value. Escape restores the committed value.
 */
export function NumberField({
  label,
  showLabel = false,
  value,
  onCommit,
  allowNegative = true,
  className,
}: NumberFieldProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<FieldError | null>(null);
  // A new value from elsewhere (slider, reset, URL) replaces whatever was being typed.
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    setDraft(null);
    setError(null);
  }

  function commit() {
    if (draft === null) return;
    const n = parseNumber(draft);
    if (n === null) {
      setError(
        draft.trim() === '' ? { key: 'errEmpty' } : { key: 'errNotNumber', vars: { value: draft } },
      );
      return;
    }
    const result = onCommit(n);
    if (result.ok) {
      setDraft(null);
      setError(null);
    } else {
      setError({ key: result.reason, vars: result.vars });
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== null || error)) {
      e.preventDefault();
      setDraft(null);
      setError(null);
    }
  }

  return (
    <span className={['ae-number', className].filter(Boolean).join(' ')}>
      {showLabel && (
        <label className="ae-number-label" htmlFor={id}>
          {label}
        </label>
      )}
      <input
        id={id}
        className="ae-input"
        type="text"
        inputMode={allowNegative ? 'text' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        aria-label={showLabel ? undefined : label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? formatExact(value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span id={errorId} className="ae-field-error" aria-live="polite">
        {error ? t(error.key, error.vars) : null}
      </span>
    </span>
  );
}
