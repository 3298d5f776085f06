import { useId, useMemo, useState } from 'react';
import { useT } from '../../components/useT';
import { embedDialog } from '../../i18n/sections/embedDialog';
import { useExplorerState } from '../../state/useExplorerState';
import { parseControls, formatControls } from '../../components/controls';
import { SnippetField } from './SnippetField';
import { elementSnippet, iframeSnippet } from './snippets';

export interface EmbedSnippetsProps {
  /** Id of the panel (the button's `aria-controls`). */
  id: string;
  /** URL of the embed view page, e.g. `https://…/embed.html`. */
  embedPage: string;
  /** URL of the web component's module, e.g. `https://…/activation-explorer.js`. */
  scriptUrl: string;
}

/**
 * The embed HTML for the current state: an `<iframe>` of the embed view and the web component,
 * each in a read-only text area with a copy button, plus a field choosing the controls shown.
 */
export function EmbedSnippets({ id, embedPage, scriptUrl }: EmbedSnippetsProps) {
  const t = useT(embedDialog);
  const uid = useId();
  const state = useExplorerState();
  const [controlsText, setControlsText] = useState('');

  const { iframe, element } = useMemo(() => {
    // Canonical form of what was typed; empty means every control (left out of the HTML).
    const controls =
      controlsText.trim() === '' ? undefined : formatControls(parseControls(controlsText).controls);
    return {
      iframe: iframeSnippet(state, embedPage, controls),
      element: elementSnippet(state, scriptUrl, controls),
    };
  }, [state, controlsText, embedPage, scriptUrl]);

  return (
    <div className="ae-embed-panel" id={id}>
      <p className="ae-hint">{t('embedIntro')}</p>
      <label className="ae-label" htmlFor={`${uid}-controls`}>
        {t('embedControlsLabel')}
      </label>
      <input
        id={`${uid}-controls`}
        className="ae-input ae-embed-controls"
        type="text"
        value={controlsText}
        placeholder="all"
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setControlsText(e.target.value)}
      />
      <SnippetField label={t('embedIframeLabel')} copyLabel={t('embedCopyIframe')} text={iframe} />
      <SnippetField label={t('embedWcLabel')} copyLabel={t('embedCopyWc')} text={element} />
    </div>
  );
}
