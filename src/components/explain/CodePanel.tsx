import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Activation, Params } from '../../math';
import { explain, type ExplainKey } from '../../i18n/sections/explain';
import { useT } from '../useT';
import { CopyButton } from './CopyButton';
import { codeSnippets } from '../../explain/code';
import { isCustom } from '../../state/formula';

type Tab = 'numpy' | 'torch';
const TABS: readonly { tab: Tab; label: ExplainKey }[] = [
  { tab: 'numpy', label: 'codeNumpy' },
  { tab: 'torch', label: 'codeTorch' },
];

export interface CodePanelProps {
  a: Activation;
  params: Params;
}

/** NumPy and PyTorch code for the current function and values, as ARIA tabs, with copy. */
export function CodePanel({ a, params }: CodePanelProps) {
  const t = useT(explain);
  const id = useId();
  const [tab, setTab] = useState<Tab>('numpy');
  // A custom formula is translated by the formula engine into NumPy and PyTorch.
  const code = useMemo(
    () => (isCustom(a) ? a.formula.code(params) : codeSnippets(a, params)),
    [a, params],
  );
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ numpy: null, torch: null });
  const preRef = useRef<HTMLPreElement>(null);

  function onKeyDown(e: KeyboardEvent) {
    const i = TABS.findIndex((x) => x.tab === tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const target = TABS[next]!.tab;
    setTab(target);
    tabRefs.current[target]?.focus();
  }

  /** Selects the code so it can be copied by hand when the clipboard is unavailable. */
  function selectCode() {
    const pre = preRef.current;
    const sel = pre?.ownerDocument.getSelection();
    if (!pre || !sel) return;
    sel.selectAllChildren(pre);
  }

  if (!code) return null;
  const label = t(TABS.find((x) => x.tab === tab)!.label);
  return (
    <div className="ae-code">
      <div className="ae-code-bar">
        <div role="tablist" aria-label={t('codeTabs')} className="ae-tabs" onKeyDown={onKeyDown}>
          {TABS.map(({ tab: value, label: key }) => (
            <button
              key={value}
              ref={(el) => {
                tabRefs.current[value] = el;
              }}
              id={`${id}-${value}-tab`}
              type="button"
              role="tab"
              className="ae-tab"
              aria-selected={tab === value}
              aria-controls={`${id}-panel`}
              tabIndex={tab === value ? 0 : -1}
              onClick={() => setTab(value)}
            >
              {t(key)}
            </button>
          ))}
        </div>
        <CopyButton text={code[tab]} label={t('codeCopy', { lang: label })} onFail={selectCode} />
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-${tab}-tab`}
        className="ae-code-panel"
      >
        <pre ref={preRef} tabIndex={0} className="ae-pre">
          <code>{code[tab]}</code>
        </pre>
      </div>
      <p className="ae-hint">{t('codeNote')}</p>
    </div>
  );
}
