import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../components/useT';
import './embed-ui.css';

// The snippets and their copy buttons load on first open: most visitors never embed.
const EmbedSnippets = lazy(() =>
  import('./EmbedSnippets').then((m) => ({ default: m.EmbedSnippets })),
);

export interface EmbedButtonProps {
  /** Base URL of the explorer's deployment (where index.html and embed.html are); default: this page's folder. */
  baseUrl?: string;
}

/** "Embed this view": a disclosure with the iframe and web-component HTML for the current state. */
export function EmbedButton({ baseUrl }: EmbedButtonProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const base = baseUrl ?? new URL('./', location.href).href;
  return (
    <div className="ae-embed">
      <button
        type="button"
        className="ae-button ae-embed-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t('embedButtonLabel')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('embedButton')}
      </button>
      {open && (
        <Suspense fallback={<p className="ae-hint">{t('loading')}</p>}>
          <EmbedSnippets
            id={id}
            embedPage={new URL('embed.html', base).href}
            scriptUrl={new URL('activation-explorer.js', base).href}
          />
        </Suspense>
      )}
    </div>
  );
}
