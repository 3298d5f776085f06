import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ControlsProvider } from '../components/config';
import { parseControls } from '../components/controls';
import { Explorer } from '../components/Explorer';
import { ExportMenu } from '../export/ExportMenu';
import { loadExportLazily } from '../export/lazy';
import { consoleWarning } from '../parts/consoleWarning';
import { registerAllLanguages } from '../i18n/allLanguages';
import { registerAllActivations } from '../math/registry';
import { FullExplorer } from '../parts/FullExplorer';
import { OpenFullLink } from '../parts/OpenFullLink';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore, defaultState, type ExplorerStoreApi } from '../state/explorerStore';
import { loadFormulaEngine } from '../state/formula';
import { applyPatch, needsFormula, type Notice } from '../state/patch';
import {
  FIELD_NAMES,
  FIELDS,
  valueChanged,
  type ExplorerPatch,
  type ExplorerValue,
  type FieldName,
  type FieldValue,
} from '../state/schema';
import { watchValue } from '../state/watchValue';
import { useAppUrl } from './useAppUrl';
import { usePageLang } from './usePageLang';

/**
 * The state as props, derived from the schema (src/state/schema.ts), so the component accepts
 * exactly what the URL and the element's attributes do: `fn`, `params` (e.g. `{ alpha: 0.1 }`),
 * `xmin`, `xmax`, `cmp`, `derivative` (f′ shown, default true), `diff`, `lang`, `theme`, and
 * for `fn="custom"` the formula `expr` (e.g. `"x * sigmoid(b * x)"`, its parameters in `params`)
 * and `paramRanges` (slider ranges, e.g. `{ b: [-5, 5] }`). Each
 * is the initial value when uncontrolled; values out of range are clamped or ignored with a
 * console warning, as the element does.
 */
export type StateProps = {
  [K in FieldName as (typeof FIELDS)[K]['names']['prop']]?: FieldValue<K>;
};

/** Props of {@link ActivationExplorer}: the state as props, plus presentation and control. */
export interface ActivationExplorerProps extends StateProps {
  /**
   * Controls to show: a comma list or array of `picker`, parameter keys (`alpha`, …), `range`,
   * `derivative`, `compare`, `readout`, `export`, or `all` / `none`. Default: all.
   */
  controls?: string | readonly string[];
  /**
   * Controlled state: when given, the explorer shows this. The reader moves it freely during a
   * drag (`onInput`); once the change settles (`onChange`) the figure shows `value` again, so
   * the parent passes the new value back to accept it, or keeps its own to refuse it.
   */
  value?: ExplorerValue;
  /**
   * Called with the settled value when the reader changes the figure: once per drag or typed
   * number, 250 ms after the last step.
   */
  onChange?: (value: ExplorerValue) => void;
  /** Called with the value at every step of a change, live (each step of a drag). */
  onInput?: (value: ExplorerValue) => void;
  /**
   * Full explorer page for an "open in Activation Explorer" link: an http(s) URL, absolute or
   * relative to the page (none when omitted; anything else is ignored with a warning).
   */
  appUrl?: string;
  /**
   * Show the full explorer with its title, language/theme switches and explanations rather
   * than the compact figure (default false).
   */
  full?: boolean;
}

/** The schema's props that are set, as a patch (for `apply`). */
export function propsPatch(p: StateProps): ExplorerPatch {
  const patch: Record<string, unknown> = {};
  for (const k of FIELD_NAMES) {
    const v = (p as Record<string, unknown>)[FIELDS[k].names.prop];
    if (v !== undefined) patch[k] = v;
  }
  return patch as ExplorerPatch;
}

function warn(notices: readonly Notice[]): void {
  for (const n of notices) console.warn(consoleWarning('<ActivationExplorer>', n));
}

const warnUnavailable = () =>
  warn([{ param: 'expr', value: '', message: 'urlFormulaUnavailable' }]);

/**
 * Applies a patch through the store's validating `apply`; `applying` silences `onChange`. A
 * custom formula waits for its engine, then is applied the same way.
 */
function applyTo(store: ExplorerStoreApi, patch: ExplorerPatch, applying: { current: boolean }) {
  if (needsFormula(store.getState(), patch)) {
    loadFormulaEngine().then(() => applyTo(store, patch, applying), warnUnavailable);
    return;
  }
  applying.current = true;
  try {
    warn(store.getState().apply(patch, { host: 'prop' }));
  } finally {
    applying.current = false;
  }
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
  // The page's language, never the browser's while rendering what the server rendered (that
  // differs for a Chinese browser reading an English page: a hydration error).
  const pageLang = usePageLang();
  const [initial] = useState(() => {
    // The package ships every language: a `lang` prop or switch shows at once, as it always did.
    registerAllLanguages();
    // And every function's math: any `fn` prop is drawn in the first render.
    registerAllActivations();
    const patch = { ...propsPatch(props), ...(props.value ?? {}) };
    const start = applyPatch(defaultState(pageLang ?? 'en'), patch, { host: 'prop' });
    warn(start.notices);
    return { store: createExplorerStore(start.state), patch, deferred: start.deferred === true };
  });
  const { store } = initial;
  // A custom formula in the first props: nothing is drawn until its engine has loaded and the
  // props are applied (no flash of the default function).
  const [pending, setPending] = useState(initial.deferred);
  useEffect(() => {
    if (!initial.deferred) return;
    const done = () => setPending(false);
    loadFormulaEngine().then(
      () => {
        const start = applyPatch(store.getState(), initial.patch, { host: 'prop' });
        warn(start.notices);
        store.setState(start.state);
        done();
      },
      () => {
        warnUnavailable();
        done();
      },
    );
  }, [initial, store]);
  const on = useRef(props);
  const applying = useRef(false);
  // Bumped after each settled user change, so the controlled effect below re-applies `value`
  // even when the parent keeps it unchanged (the figure then snaps back).
  const [tick, bump] = useReducer((n: number) => n + 1, 0);

  useLayoutEffect(() => {
    on.current = props;
  });

  useEffect(
    () =>
      watchValue(
        store,
        {
          input: (v) => on.current.onInput?.(v),
          change: (v) => {
            on.current.onChange?.(v);
            bump();
          },
        },
        () => applying.current,
      ),
    [store],
  );

  const langProp = props.lang;
  useLayoutEffect(() => {
    if (langProp === undefined && pageLang) applyTo(store, { lang: pageLang }, applying);
  }, [store, langProp, pageLang]);

  const { value } = props;
  useLayoutEffect(() => {
    if (!value) return;
    const now = store.getState();
    const wanted = applyPatch(now, value, { host: 'prop' }).state;
    if (valueChanged(now, wanted)) applyTo(store, value, applying);
  }, [store, value, tick, pending]);

  // Props as a stable string, so `params={{ alpha: 0.1 }}` written inline is no change.
  const patch = propsPatch(props);
  const key = JSON.stringify(patch);
  const seenKey = useRef(key);
  useLayoutEffect(() => {
    if (seenKey.current === key) return;
    seenKey.current = key;
    // Controlled, `value` decides the value fields; lang and theme still follow their props.
    applyTo(store, value ? { lang: patch.lang, theme: patch.theme } : patch, applying);
    // Keyed on the props' content: `patch` itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key]);

  const c = props.controls;
  const controlsText = c === undefined ? null : typeof c === 'string' ? c : c.join(',');
  const controls = useMemo(() => parseControls(controlsText).controls, [controlsText]);
  const { full = false } = props;
  const appUrl = useAppUrl(props.appUrl);
  if (pending) return null;

  return (
    <ControlsProvider value={controls}>
      <ExplorerProvider store={store}>
        {full ? (
          <FullExplorer headingLevel={2} />
        ) : (
          <Explorer
            compact
            tools={controls.export && <ExportMenu load={loadExportLazily} />}
            after={appUrl && <OpenFullLink appUrl={appUrl} />}
          />
        )}
      </ExplorerProvider>
    </ControlsProvider>
  );
}
