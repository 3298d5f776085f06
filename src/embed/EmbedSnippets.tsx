import { useId, useMemo, useRef, useState } from 'react';
import { CopyButton } from '../components/explain/CopyButton';
import { useT } from '../components/useT';
import { useExplorerState } from '../state/context';
import { parseControls, formatControls } from './controls';
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
  const t = useT();
  const uid = useId();
  const state = useExplorerState();
  const [controlsText, setControlsText] = useState('');
  const iframeRef = useRef<HTMLTextAreaElement>(null);
  const wcRef = useRef<HTMLTextAreaElement>(null);

  const { iframe, element } = useMemo(() => {
    // Canonical form of what was typed; empty means every control (left out of the HTML).
    const controls =
      controlsText.trim() === '' ? undefined : formatControls(parseControls(controlsText).controls);
    return {
      iframe: iframeSnippet(state, embedPage, controls),
      element: elementSnippet(state, scriptUrl, controls),
    };
  }, [state, controlsText, embedPage, scriptUrl]);

  const select = (el: HTMLTextAreaElement | null) => {
    el?.focus();
    el?.select();
  };

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
      <label className="ae-label" htmlFor={`${uid}-iframe`}>
        {t('embedIframeLabel')}
      </label>
      <textarea
        id={`${uid}-iframe`}
        ref={iframeRef}
        className="ae-embed-code"
        readOnly
        rows={4}
        value={iframe}
        spellCheck={false}
      />
      <CopyButton
        text={iframe}
        label={t('embedCopyIframe')}
        onFail={() => select(iframeRef.current)}
      />
      <label className="ae-label" htmlFor={`${uid}-wc`}>
        {t('embedWcLabel')}
      </label>
      <textarea
        id={`${uid}-wc`}
        ref={wcRef}
        className="ae-embed-code"
        readOnly
        rows={4}
        value={element}
        spellCheck={false}
      />
      <CopyButton text={element} label={t('embedCopyWc')} onFail={() => select(wcRef.current)} />
    </div>
  );
}
