import { useId, type ReactNode } from 'react';
import { useAppUrl, useDemosPage } from './context';
import { DemoEmbed, DemoOpenFull } from './DemoEmbed';
import type { DemoT } from '../i18n/sections/demos';
import { useViewHref } from './links';
import type { DemoId } from './views';

export interface DemoSectionProps {
  demo: DemoId;
  /** Heading level of the demo's title. */
  level: 2 | 3;
  title: string;
  /** The claim and how the demo tests it, in a sentence or three. */
  lead: string;
  /** Whether to offer "open this demo on its own" (on the page with every demo). */
  offerAlone?: boolean;
  /** Labelled native controls. */
  controls: ReactNode;
  /** Charts, tables and the text summary. */
  children: ReactNode;
  t: DemoT;
}

/**
 * One demo: title, lead, controls beside (or above) the results; on the page, how to embed it,
 * and embedded, a link to it on the full page.
 */
export function DemoSection({
  demo,
  level,
  title,
  lead,
  offerAlone = false,
  controls,
  children,
  t,
}: DemoSectionProps) {
  const id = useId();
  const H = `h${level}` as const;
  const aloneHref = useViewHref(demo);
  const onPage = useDemosPage() !== null;
  const appUrl = useAppUrl();
  return (
    <section className="ae-demo" aria-labelledby={id} data-demo={demo}>
      <H id={id} className="ae-demo-title">
        {title}
      </H>
      <p className="ae-demo-lead">{lead}</p>
      {offerAlone && aloneHref && (
        <p className="ae-demo-alone">
          <a href={aloneHref}>{t('demoOpenAlone')}</a>
        </p>
      )}
      <div className="ae-demo-body">
        <div className="ae-demo-controls">{controls}</div>
        <div className="ae-demo-results">{children}</div>
      </div>
      {onPage && (
        <div className="ae-demo-embed">
          <DemoEmbed demo={demo} title={title} />
        </div>
      )}
      {/* Inside the region, so that landmark navigation in the frame reaches it. */}
      {!onPage && appUrl && <DemoOpenFull demo={demo} appUrl={appUrl} />}
    </section>
  );
}
