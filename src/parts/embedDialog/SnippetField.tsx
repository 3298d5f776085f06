import { useId, useRef } from 'react';
import { CopyButton } from '../../components/explain/CopyButton';

export interface SnippetFieldProps {
  label: string;
  /** The copy button's accessible name. */
  copyLabel: string;
  text: string;
}

/**
 * One embed snippet: a labelled read-only text area and its copy button. Where the clipboard is
 * refused, the text is selected instead, for the user to copy by hand.
 */
export function SnippetField({ label, copyLabel, text }: SnippetFieldProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const select = () => {
    ref.current?.focus();
    ref.current?.select();
  };
  return (
    <>
      <label className="ae-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        className="ae-embed-code"
        readOnly
        rows={4}
        value={text}
        spellCheck={false}
      />
      <CopyButton text={text} label={copyLabel} onFail={select} />
    </>
  );
}
