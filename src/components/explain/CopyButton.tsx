import { useEffect, useState } from 'react';
import { clipboard } from '../../i18n/sections/clipboard';
import { useT } from '../useT';
import { copyText } from './copyText';
import './copy-button.css';

export interface CopyButtonProps {
  /** Text to copy. */
  text: string;
  /** Accessible name, e.g. "Copy NumPy code" (contains the visible "Copy"). */
  label: string;
  /** Selects the text on screen when copying fails, so the user can copy it by hand. */
  onFail?(): void;
}

/** A copy button that announces the outcome in a polite live region. */
export function CopyButton({ text, label, onFail }: CopyButtonProps) {
  const t = useT(clipboard);
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);

  // Clear the announcement after a while so the next copy is announced again.
  useEffect(() => {
    if (!status) return;
    const id = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(id);
  }, [status]);

  async function copy() {
    const ok = await copyText(text);
    setStatus(ok ? 'copied' : 'copyFailed');
    if (!ok) onFail?.();
  }

  return (
    <span className="ae-copy">
      <button type="button" className="ae-button" aria-label={label} onClick={copy}>
        {t('copy')}
      </button>
      <span className="ae-copy-status" aria-live="polite">
        {status ? t(status) : ''}
      </span>
    </span>
  );
}
