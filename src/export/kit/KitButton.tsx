import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../../components/useT';
import { exportKitButton } from '../../i18n/sections/exportKitButton';
import type { KitQuery } from './keys';

// The panel, its strings, gifenc and qrcode-generator load on first open (or when the address
// asks for an export): most visitors never use them.
const KitPanel = lazy(() => import('./KitPanel').then((m) => ({ default: m.KitPanel })));

export interface KitButtonProps {
  /** The kit's parameters from the page's address: the panel opens and makes that file. */
  query?: KitQuery | null;
}

/**
 * "More: GIF, video, alt text, QR": a disclosure in the export menu with the export kit for
 * platforms without iframes (kit.css). Only the page shows it; the element never loads it.
 */
export function KitButton({ query = null }: KitButtonProps) {
  const t = useT(exportKitButton);
  const id = useId();
  const [open, setOpen] = useState(query !== null);
  return (
    <>
      <button
        type="button"
        className="ae-button ae-export-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('kitOpen')}
      </button>
      {open && (
        <Suspense fallback={<p className="ae-hint ae-kit">{t('loading')}</p>}>
          <KitPanel id={id} query={query} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
