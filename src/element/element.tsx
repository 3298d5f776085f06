import { createRoot, type Root } from 'react-dom/client';
import { ControlsProvider } from '../components/config';
import { parseControls } from '../components/controls';
import type { ControlSet } from '../components/controlSet';
import { Explorer } from '../components/Explorer';
import { ExportMenu } from '../export/ExportMenu';
import { loadExportLazily } from '../export/lazy';
import { languageReady, loadLanguage } from '../i18n/languages';
import { registerAllActivations } from '../math/registry';
import { OpenFullLink } from '../parts/OpenFullLink';
import { ExplorerProvider } from '../state/context';
import {
  createExplorerStore,
  defaultState,
  type ExplorerState,
  type ExplorerStoreApi,
} from '../state/explorerStore';
import { loadFormulaEngine } from '../state/formula';
import { applyPatch, needsFormula, type Notice } from '../state/patch';
import { parseLang, valueOf, type ExplorerPatch, type ExplorerValue } from '../state/schema';
import { browserLanguages } from '../i18n/browserLanguages';
import { detectLang } from '../state/urlRead';
import { watchValue } from '../state/watchValue';
import { readAppUrl } from '../parts/appUrl';
import { customAttributes, OBSERVED_ATTRIBUTES, readAttributes } from './attributes';
import { unmountToSnapshot, watchNearViewport } from './nearViewport';

/**
 * Reports ignored or adjusted attributes on the console. The notices' English comes in a chunk
 * beside the file, loaded only when there is something to report: most pages have nothing.
 */
function warn(notices: readonly Notice[]): void {
  if (notices.length === 0) return;
  void import('../parts/consoleWarning').then(({ consoleWarning }) => {
    for (const n of notices) console.warn(consoleWarning('<activation-explorer>', n));
  });
}

/**
 * What must load before `patch` applies to `state`, if anything: a custom formula's engine or a
 * language's strings (chunks beside this file), so the element never draws the default curve
 * or English first (`formula` false: a formula waits for nothing). Only the formula's can fail
 * (a language falls back to English).
 */
function pending(
  state: ExplorerState,
  patch: ExplorerPatch,
  formula = true,
): Promise<unknown> | undefined {
  if (formula && needsFormula(state, patch)) return loadFormulaEngine();
  const lang = patch.lang ?? state.lang;
  return languageReady(lang) ? undefined : loadLanguage(lang);
}

const warnUnavailable = () =>
  warn([{ param: 'expr', value: '', message: 'urlFormulaUnavailable' }]);

/** Styles for the shadow root: the theme and component CSS, plus the host box. */
export interface ElementStyles {
  /** CSS text; one constructed stylesheet is shared by every element on the page. */
  css: string;
}

// theme="inherit" takes the page's type: its font comes in through the host, not reset.
const HOST_CSS = `
:host { all: initial; display: block; min-width: 0; }
:host([theme=inherit]) { font: inherit; color: inherit; }
:host([hidden]) { display: none; }
`;

let sharedSheet: CSSStyleSheet | null = null;

/**
 * Puts the styles into a shadow root: one constructed stylesheet shared by all elements
 * (`adoptedStyleSheets` needs no `style-src 'unsafe-inline'`), or a `<style>` element where
 * constructed stylesheets are missing.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  const text = HOST_CSS + css;
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(text);
    }
    shadow.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = text;
    shadow.appendChild(style);
  }
}

/**
 * Defines the `<activation-explorer>` custom element class. Each element has its own store,
 * React root and open shadow root; React itself is one copy in the module, however many
 * elements a page holds.
 *
 * @param styles the CSS to put into each shadow root
 * @param appUrl the full explorer page, for the "open in Activation Explorer" link, when the
 *   element has no `app-url` attribute (none: no link)
 */
export function createElementClass(styles: ElementStyles, appUrl?: string) {
  return class ActivationExplorerElement extends HTMLElement {
    static get observedAttributes(): string[] {
      return [...OBSERVED_ATTRIBUTES, 'app-url'];
    }

    #store: ExplorerStoreApi | null = null;
    #root: Root | null = null;
    #mount: HTMLDivElement | null = null;
    #controls: ControlSet = parseControls(null).controls;
    #appUrl: string | undefined;
    /** True while attributes are written into the store: those changes fire no `change`. */
    #applying = false;
    /** React runs only while the element is near the viewport (nearViewport.ts). */
    #near = false;
    #unwatch: (() => void) | null = null;
    /** True while a chunk the first attributes need loads (see `pending`). */
    #waiting = false;
    /** True when the formula engine did not load for the first attributes. */
    #noEngine = false;

    /** The current state as the `activation-explorer-change` event reports it. */
    get value(): ExplorerValue | null {
      const s = this.#store?.getState();
      return s ? valueOf(s) : null;
    }

    connectedCallback(): void {
      if (!this.#store && !this.#waiting) this.#start();
      this.#unwatch ??= watchNearViewport(
        this,
        () => this.#setNear(true),
        () => this.#setNear(false),
      );
    }

    #setNear(near: boolean): void {
      this.#near = near;
      if (near) this.#render();
      // Released unless the reader is in it (a focused slider scrolled away by the wheel).
      else if (this.#root && !this.shadowRoot?.activeElement) {
        unmountToSnapshot(this.#root, this.#mount!);
        this.#root = null;
      }
    }

    disconnectedCallback(): void {
      // A move within the page disconnects and reconnects at once: keep the root then. The
      // store stays, so an element put back later shows the state it had.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#unwatch?.();
        this.#unwatch = null;
        this.#near = false;
        this.#root?.unmount();
        this.#root = null;
      });
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (!this.#store || old === value) return;
      if (name === 'controls' || name === 'app-url') {
        this.#readControls();
        this.#render();
        return;
      }
      this.#apply([name]);
    }

    /** The language of the element's surroundings when it has no `lang` of its own. */
    #inheritedLang(): ExplorerState['lang'] {
      const around = this.parentElement?.closest('[lang]')?.getAttribute('lang');
      const fromPage = around ? parseLang(around) : null;
      return fromPage ?? detectLang(browserLanguages());
    }

    /** The custom formula's parameter attributes present (their names come from the formula). */
    #customKeys(): string[] {
      return customAttributes(
        this.getAttributeNames(),
        this.getAttribute('expr') ?? this.#store?.getState().expr ?? null,
      );
    }

    #start(): void {
      // The attributes are validated onto the defaults first, so that the store's `reset` goes
      // back to what the attributes say.
      const base = defaultState(this.#inheritedLang());
      const read = (n: string) => this.getAttribute(n);
      const { patch, raw, notices } = readAttributes(
        read,
        OBSERVED_ATTRIBUTES,
        base,
        undefined,
        this.#customKeys(),
      );
      const wait = pending(base, patch, !this.#noEngine);
      if (wait) {
        // Nothing is drawn until then; the attributes are read again (as they are then).
        this.#waiting = true;
        const go = () => {
          this.#waiting = false;
          this.#start();
          this.#render();
        };
        wait.then(go, () => {
          // The defaults are shown (applyPatch leaves a formula it cannot compile for later).
          warnUnavailable();
          this.#noEngine = true;
          go();
        });
        return;
      }
      const start = applyPatch(base, patch, { host: 'attr', raw });
      warn([...notices, ...start.notices]);
      this.#store = createExplorerStore(start.state);
      this.#readControls();
      // Namespaced names: a bare `change` would reach the page's form listeners. They bubble
      // within the page but do not leave a shadow root the element itself sits in.
      const emit = (type: string) => (detail: ExplorerValue) =>
        this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
      watchValue(
        this.#store,
        { input: emit('activation-explorer-input'), change: emit('activation-explorer-change') },
        () => this.#applying,
      );
    }

    /** Reads the presentation attributes: `controls` and `app-url`. */
    #readControls(): void {
      const { controls, ignored } = parseControls(this.getAttribute('controls'));
      for (const token of ignored)
        console.warn(`<activation-explorer> controls: unknown control "${token}" ignored.`);
      this.#controls = controls;
      const given = this.getAttribute('app-url');
      const read = given === null ? appUrl : readAppUrl(given);
      if (read === null)
        console.warn(`<activation-explorer> app-url="${given}" ignored: not http(s)`);
      this.#appUrl = read === null ? appUrl : read;
    }

    /** Writes changed attributes into the store through its validating `apply`. */
    #apply(names: readonly string[], inherited = this.#inheritedLang()): void {
      const store = this.#store!;
      const read = (n: string) => this.getAttribute(n);
      const { patch, raw, notices } = readAttributes(
        read,
        names,
        store.getState(),
        inherited,
        this.#customKeys(),
      );
      // The change shows at once when what it needs is here; the attributes are then read as
      // they are.
      const wait = pending(store.getState(), patch);
      if (wait) {
        wait.then(() => this.#apply(names, inherited), warnUnavailable);
        return;
      }
      this.#applying = true;
      try {
        notices.push(...store.getState().apply(patch, { host: 'attr', raw }));
      } finally {
        this.#applying = false;
      }
      warn(notices);
    }

    #render(): void {
      if (!this.#store || !this.#near) return;
      if (!this.#root) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        if (!this.#mount) {
          adoptStyles(shadow, styles.css);
          this.#mount = document.createElement('div');
          shadow.appendChild(this.#mount);
        }
        this.#mount.inert = false;
        this.#root = createRoot(this.#mount);
      }
      const controls = this.#controls;
      const appUrl = this.#appUrl;
      this.#root.render(
        <ControlsProvider value={controls}>
          <ExplorerProvider store={this.#store}>
            <Explorer
              compact
              tools={controls.export && <ExportMenu load={loadExportLazily} />}
              after={appUrl && <OpenFullLink appUrl={appUrl} />}
            />
          </ExplorerProvider>
        </ControlsProvider>,
      );
    }
  };
}

/**
 * Registers `<activation-explorer>` once (a second script copy on the page is harmless).
 * Returns the registered class; on a server (no `customElements`: a framework importing the
 * element while it prerenders) it does nothing and returns undefined, so the import is safe.
 */
export function defineActivationExplorer(
  styles: ElementStyles,
  appUrl?: string,
  name = 'activation-explorer',
): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;
  // Any function an attribute names is drawn in the first render: the element ships them all.
  registerAllActivations();
  const cls = createElementClass(styles, appUrl);
  customElements.define(name, cls);
  return cls;
}
