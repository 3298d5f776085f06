import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Explorer } from '../components/Explorer';
import { ExplorerConfigProvider } from '../embed/config';
import { parseControls } from '../embed/controls';
import { sameValue, valueChanged, valueOf, type ExplorerValue } from '../embed/value';
import type { Lang } from '../i18n/types';
import type { Params } from '../math';
import { ExplorerProvider } from '../state/context';
import {
  createExplorerStore,
  defaultParams,
  defaultState,
  type ExplorerState,
  type ExplorerStoreApi,
  type Theme,
} from '../state/explorerStore';
import { browserLanguages, detectLang } from '../state/urlSync';

/** Props of {@link ActivationExplorer}: the URL parameters as props, plus controlled use. */
export interface ActivationExplorerProps {
  /** Activation id, e.g. `"leaky_relu"` (default `"relu"`). Initial value when uncontrolled. */
  fn?: string;
  /** Parameter values by key, e.g. `{ alpha: 0.1 }`; missing keys take their defaults. */
  params?: Params;
  /** Input range start (default −5). */
  xmin?: number;
  /** Input range end (default 5). */
  xmax?: number;
  /** Compared activation ids, at most 4. */
  cmp?: readonly string[];
  /** Show f′ (default true). */
  derivative?: boolean;
  /**
   * Controls to show: a comma list or array of `picker`, parameter keys (`alpha`, …), `range`,
   * `derivative`, `compare`, `readout`, `export`, or `all` / `none`. Default: all.
   */
  controls?: string | readonly string[];
  /** Language, `en` or `zh-CN` (default: the browser's). */
  lang?: Lang;
  /** `light`, `dark` or `system` (default). */
  theme?: Theme;
  /**
   * Controlled state: when given, the explorer shows exactly this and reports the user's
   * changes through `onChange`; the parent passes the new value back (or not, to refuse it).
   */
  value?: ExplorerValue;
  /** Called with the new value whenever the user changes the figure. */
  onChange?: (value: ExplorerValue) => void;
  /** Full explorer page for an "open in Activation Explorer" link (none when omitted). */
  appUrl?: string;
  /**
   * Show the full explorer with its title, language/theme switches and explanations rather
   * than the compact figure (default false).
   */
  full?: boolean;
}

/** The state the props describe (values outside a parameter's range are left to the store). */
function stateFromProps(p: ActivationExplorerProps, base: ExplorerState): ExplorerState {
  const v = p.value;
  const fn = v?.fn ?? p.fn ?? base.fn;
  return {
    ...base,
    fn,
    params: { ...defaultParams(fn), ...(v?.params ?? p.params) },
    range: [v?.xmin ?? p.xmin ?? base.range[0], v?.xmax ?? p.xmax ?? base.range[1]],
    cmp: (v?.cmp ?? p.cmp ?? base.cmp).filter((id) => id !== fn),
    showDerivative: v?.derivative ?? p.derivative ?? base.showDerivative,
    lang: p.lang ?? base.lang,
    theme: p.theme ?? base.theme,
  };
}

/** Applies a value through the store's validating actions; a refused part keeps its state. */
function applyValue(store: ExplorerStoreApi, v: ExplorerValue): void {
  const s = store.getState();
  s.setActivation(v.fn);
  for (const [key, n] of Object.entries(v.params)) {
    if (!Object.is(store.getState().params[key], n)) s.setParam(key, n);
  }
  const [min, max] = store.getState().range;
  if (min !== v.xmin || max !== v.xmax) s.setRange([v.xmin, v.xmax]);
  for (const id of store.getState().cmp) if (!v.cmp.includes(id)) s.removeCompare(id);
  for (const id of v.cmp) s.addCompare(id);
  s.setShowDerivative(v.derivative);
}

/** Props as a stable string, so `params={{ alpha: 0.1 }}` written inline is no change. */
function propsKey(p: ActivationExplorerProps): string {
  return JSON.stringify([p.fn, p.params, p.xmin, p.xmax, p.cmp, p.derivative]);
}

/**
 * A live activation-function figure for React apps: the explorer's plot and the controls you
 * choose, with its own state (several on a page are independent).
 *
 * Uncontrolled, the props set the state and the user moves it from there; when a prop changes
 * the figure follows the props again. Controlled (`value` + `onChange`), the figure always shows
 * `value`: a user change calls `onChange`, and the parent decides by passing the new value back.
 *
 * @example
 * <ActivationExplorer fn="leaky_relu" params={{ alpha: 0.1 }} xmin={-3} xmax={3} controls="alpha" />
 */
export function ActivationExplorer(props: ActivationExplorerProps) {
  const [store] = useState(() =>
    createExplorerStore(stateFromProps(props, defaultState(detectLang(browserLanguages())))),
  );
  const onChange = useRef(props.onChange);
  const applying = useRef(false);
  // Bumped after each user change, so the controlled effect below re-applies `value` even when
  // the parent keeps it unchanged (the figure then snaps back, like a controlled <input>).
  const [tick, bump] = useReducer((n: number) => n + 1, 0);

  useLayoutEffect(() => {
    onChange.current = props.onChange;
  });

  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (applying.current || !valueChanged(s, prev)) return;
        onChange.current?.(valueOf(s));
        bump();
      }),
    [store],
  );

  const apply = (v: ExplorerValue) => {
    if (sameValue(v, valueOf(store.getState()))) return;
    applying.current = true;
    try {
      applyValue(store, v);
    } finally {
      applying.current = false;
    }
  };

  const { value, lang, theme } = props;
  useLayoutEffect(() => {
    if (value) apply(value);
    // `apply` only reads the store and refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, value, tick]);

  const key = propsKey(props);
  const seenKey = useRef(key);
  useLayoutEffect(() => {
    if (seenKey.current === key) return;
    seenKey.current = key;
    if (!props.value) apply(valueOf(stateFromProps(props, store.getState())));
    // Keyed on the props' content: `props` itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key]);

  useLayoutEffect(() => {
    if (lang) store.getState().setLang(lang);
  }, [store, lang]);
  useLayoutEffect(() => {
    if (theme) store.getState().setTheme(theme);
  }, [store, theme]);

  const c = props.controls;
  const controlsText = c === undefined ? null : typeof c === 'string' ? c : c.join(',');
  const controls = useMemo(() => parseControls(controlsText).controls, [controlsText]);
  const full = props.full ?? false;
  const config = { controls, embed: !full, ...(props.appUrl ? { appUrl: props.appUrl } : {}) };

  return (
    <ExplorerConfigProvider value={config}>
      <ExplorerProvider store={store}>
        <Explorer explanations={full} headingLevel={full ? 2 : 3} />
      </ExplorerProvider>
    </ExplorerConfigProvider>
  );
}
