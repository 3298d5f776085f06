import { EmbedButton } from '../parts/embedDialog/EmbedButton';
import type { EmbedSnippetsProps } from '../parts/embedDialog/EmbedSnippets';
import { OpenFullAnchor } from '../parts/OpenFullLink';
import { SnippetField } from '../parts/embedDialog/SnippetField';
import { iframeHtml } from '../parts/embedDialog/snippets';
import { useT } from '../components/useT';
import { demos } from '../i18n/sections/demos';
import { embedDialog } from '../i18n/sections/embedDialog';

/** The demos' strings and the embed dialog's, which this dialog shows too. */
const strings = { ...demos, ...embedDialog } as const;
import { usePortableQuery } from './links';
import type { DemoId } from './views';

/** Taller than the explorer's frame: a demo's controls and charts; the resize snippet adapts it. */
const DEMO_IFRAME_HEIGHT = 900;

export interface DemoEmbedProps {
  demo: DemoId;
  /** The demo's title, for the frame's accessible name. */
  title: string;
}

/** "Embed this demo": the iframe HTML of this demo with its current settings. */
export function DemoEmbed({ demo, title }: DemoEmbedProps) {
  const t = useT(strings);
  return (
    <EmbedButton
      text={{ button: t('demoEmbed'), label: t('demoEmbedLabel') }}
      panel={(p) => <DemoSnippets {...p} demo={demo} title={title} />}
    />
  );
}

function DemoSnippets({ id, embedPage, demo, title }: EmbedSnippetsProps & DemoEmbedProps) {
  const t = useT(strings);
  const query = usePortableQuery(demo);
  const html = iframeHtml(
    `${embedPage}?${query}`,
    t('embedFigureTitle', { name: title }),
    DEMO_IFRAME_HEIGHT,
  );
  return (
    <div className="ae-embed-panel" id={id}>
      <p className="ae-hint">{t('demoEmbedIntro')}</p>
      <SnippetField label={t('embedIframeLabel')} copyLabel={t('embedCopyIframe')} text={html} />
      <p className="ae-hint">{t('demoEmbedIframeOnly')}</p>
    </div>
  );
}

export interface DemoOpenFullProps {
  demo: DemoId;
  /** The full page's URL (its folder, as for the explorer's embed). */
  appUrl: string;
}

/** An embedded demo's "open in Activation Explorer": the same demo and settings, full page. */
export function DemoOpenFull({ demo, appUrl }: DemoOpenFullProps) {
  const url = new URL(appUrl);
  url.search = usePortableQuery(demo);
  return <OpenFullAnchor href={url.href} />;
}
