import type { ComponentType } from 'react';
import { Header } from '../parts/Header';
import { useResolvedTheme } from '../components/useResolvedTheme';
import { useExplorer } from '../state/context';
import type { DemoNotice } from './codec';
import { DemoNotices } from './DemoNotices';
import { useT } from '../components/useT';
import { demos } from '../i18n/sections/demos';
import { useViewHref } from './links';
import { CostPanel } from './panels/CostPanel';
import { DepthPanel } from './panels/DepthPanel';
import { DistributionPanel } from './panels/DistributionPanel';
import { DyingPanel } from './panels/DyingPanel';
import { PreluPanel } from './panels/PreluPanel';
import { SparsityPanel } from './panels/SparsityPanel';
import type { PanelProps } from './panels/types';
import { DEMO_IDS, type DemoId, type View } from './views';
import './demos.css';

const PANELS: Record<DemoId, ComponentType<PanelProps>> = {
  cost: CostPanel,
  depth: DepthPanel,
  sparsity: SparsityPanel,
  dying: DyingPanel,
  prelu: PreluPanel,
  distribution: DistributionPanel,
};

export interface DemosPageProps {
  view: View;
  /** URL parameters that were ignored or adjusted. */
  notices: readonly DemoNotice[];
  /** In the embed view: no page header (title, switches, links), as for the explorer. */
  embed?: boolean;
}

/**
 * "Why ReLU works": every demo (`view=why`) or one on its own, themed and translated by the
 * explorer store of the nearest ExplorerProvider, settings from the nearest DemosProvider.
 */
export function DemosPage({ view, notices, embed = false }: DemosPageProps) {
  const t = useT(demos);
  const lang = useExplorer((s) => s.lang);
  const theme = useExplorer((s) => s.theme);
  const resolved = useResolvedTheme(theme);
  const allHref = useViewHref('why');
  // The explorer with this page's language and theme (it drops what equals its defaults).
  const explorerHref = `?lang=${lang}${theme === 'system' ? '' : `&theme=${theme}`}`;
  const Single = view === 'why' ? null : PANELS[view];
  const nav = (
    <nav className="ae-demo-nav" aria-label={t('demoNavLabel')}>
      <a href={explorerHref}>{t('demoNavBack')}</a>
      {view !== 'why' && allHref && <a href={allHref}>{t('demoNavAll')}</a>}
    </nav>
  );
  return (
    <div className="ae-root ae-demos" data-theme={resolved} lang={lang}>
      {!embed && <Header level={1} nav={nav} />}
      <DemoNotices notices={notices} />
      {Single ? (
        <Single level={2} />
      ) : (
        <>
          <h2 className="ae-demos-title">{t('demoPageTitle')}</h2>
          <p className="ae-demo-intro">{t('demoPageIntro')}</p>
          {DEMO_IDS.map((id) => {
            const Panel = PANELS[id];
            return <Panel key={id} level={3} offerAlone={!embed} />;
          })}
        </>
      )}
    </div>
  );
}
