import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { useT } from '../../components/useT';
import { embedDialog } from '../../i18n/sections/embedDialog';
import type { EmbedSnippetsProps } from './EmbedSnippets';

// The snippets and their copy buttons load on first open: most visitors never embed.
const EmbedSnippets = lazy(() =>
  import('./EmbedSnippets').then((m) => ({ default: m.EmbedSnippets })),
);

export interface EmbedButtonProps {
  /** Base URL of the explorer's deployment (where index.html and embed.html are); default: this page's folder. */
  baseUrl?: string;
  /** The button's text and accessible name; default: "Embed this view" and its description. */
  text?: { button: string; label: string };
  /** What the disclosure shows; default: the explorer's snippets (iframe and web component). */
  panel?(props: EmbedSnippetsProps): ReactNode;
}

/** Where the snippets point. Read from `location` only once opened: never while prerendering. */
function snippetUrls(baseUrl: string | undefined) {
  const base = baseUrl ?? new URL('./', location.href).href;
  return {
    embedPage: new URL('embed.html', base).href,
    scriptUrl: new URL('activation-explorer.js', base).href,
  };
}

/** "Embed this view": a disclosure with the iframe and web-component HTML for the current state. */
export function EmbedButton({ baseUrl, text, panel }: EmbedButtonProps) {
  const t = useT(embedDialog);
  const id = useId();
  const [open, setOpen] = useState(false);
  const panelProps = open ? { id, ...snippetUrls(baseUrl) } : null;
  return (
    <div className="ae-embed">
      <button
        type="button"
        className="ae-button ae-embed-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={text?.label ?? t('embedButtonLabel')}
        onClick={() => setOpen((o) => !o)}
      >
        {text?.button ?? t('embedButton')}
      </button>
      {panelProps && (
        <Suspense fallback={<p className="ae-hint">{t('loading')}</p>}>
          {panel ? panel(panelProps) : <EmbedSnippets {...panelProps} />}
        </Suspense>
      )}
    </div>
  );
}
