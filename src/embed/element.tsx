import { createRoot, type Root } from 'react-dom/client';
import { Explorer } from '../components/Explorer';
import { ExplorerProvider } from '../state/context';
import {
  createExplorerStore,
  defaultState,
  type ExplorerState,
  type ExplorerStoreApi,
} from '../state/explorerStore';
import { browserLanguages, detectLang } from '../state/urlSync';
import { langAttribute, OBSERVED_ATTRIBUTES, readAttributes } from './attributes';
import { ExplorerConfigProvider } from './config';
import { parseControls, type ControlSet } from './controls';
import { valueChanged, valueOf, type ExplorerValue } from './value';

/** Styles for the shadow root: the theme and component CSS, plus the host box. */
export interface ElementStyles {
  /** CSS text; one constructed stylesheet is shared by every element on the page. */
  css: string;
}

const HOST_CSS = `
:host { all: initial; display: block; min-width: 0; }
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
 * @param appUrl the full explorer page, for the "open in Activation Explorer" link
 */
export function createElementClass(styles: ElementStyles, appUrl?: string) {
  return class ActivationExplorerElement extends HTMLElement {
    static get observedAttributes(): string[] {
      return [...OBSERVED_ATTRIBUTES];
    }

    #store: ExplorerStoreApi | null = null;
    #root: Root | null = null;
    #mount: HTMLDivElement | null = null;
    #controls: ControlSet = parseControls(null).controls;
    /** True while attributes are written into the store: those changes fire no `change`. */
    #applying = false;

    /** The current state as the `change` event reports it. */
    get value(): ExplorerValue | null {
      const s = this.#store?.getState();
      return s ? valueOf(s) : null;
    }

    connectedCallback(): void {
      if (!this.#store) this.#start();
      this.#render();
    }

    disconnectedCallback(): void {
      // A move within the page disconnects and reconnects at once: keep the root then. The
      // store stays, so an element put back later shows the state it had.
      queueMicrotask(() => {
        if (this.isConnected || !this.#root) return;
        this.#root.unmount();
        this.#root = null;
      });
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (!this.#store || old === value) return;
      if (name === 'controls') {
        this.#readControls();
        this.#render();
        return;
      }
      this.#apply([name]);
    }

    /** The language of the element's surroundings when it has no `lang` of its own. */
    #inheritedLang(): ExplorerState['lang'] {
      const around = this.parentElement?.closest('[lang]')?.getAttribute('lang');
      const fromPage = around ? langAttribute(around) : null;
      return fromPage ?? detectLang(browserLanguages());
    }

    #start(): void {
      const base: ExplorerState = { ...defaultState(this.#inheritedLang()), showDerivative: false };
      const { state, warnings } = readAttributes(
        (n) => this.getAttribute(n),
        OBSERVED_ATTRIBUTES,
        base,
      );
      warnings.forEach((w) => console.warn(w));
      const initial = { ...base, ...state };
      initial.cmp = initial.cmp.filter((id) => id !== initial.fn);
      this.#store = createExplorerStore(initial);
      this.#readControls();
      this.#store.subscribe((s, prev) => {
        if (this.#applying || !valueChanged(s, prev)) return;
        this.dispatchEvent(
          new CustomEvent<ExplorerValue>('change', {
            detail: valueOf(s),
            bubbles: true,
            composed: true,
          }),
        );
      });
    }

    #readControls(): void {
      const { controls, ignored } = parseControls(this.getAttribute('controls'));
      for (const token of ignored)
        console.warn(`<activation-explorer> controls: unknown control "${token}" ignored.`);
      this.#controls = controls;
    }

    /** Writes changed attributes into the store through its validating actions. */
    #apply(names: readonly string[]): void {
      const store = this.#store!;
      const s = store.getState();
      const { state, warnings } = readAttributes((n) => this.getAttribute(n), names, s);
      warnings.forEach((w) => console.warn(w));
      this.#applying = true;
      try {
        if (state.fn !== undefined) s.setActivation(state.fn);
        if (state.params) {
          for (const [key, v] of Object.entries(state.params)) {
            if (!Object.is(store.getState().params[key], v)) s.setParam(key, v);
          }
        }
        if (state.range) s.setRange(state.range);
        if (state.cmp) {
          const want = state.cmp;
          for (const id of store.getState().cmp) if (!want.includes(id)) s.removeCompare(id);
          for (const id of want) s.addCompare(id);
        }
        if (state.showDerivative !== undefined) s.setShowDerivative(state.showDerivative);
        if (names.includes('lang') && this.getAttribute('lang') === null)
          s.setLang(this.#inheritedLang());
        else if (state.lang) s.setLang(state.lang);
        if (state.theme) s.setTheme(state.theme);
      } finally {
        this.#applying = false;
      }
    }

    #render(): void {
      if (!this.#store) return;
      if (!this.#root) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        if (!this.#mount) {
          adoptStyles(shadow, styles.css);
          this.#mount = document.createElement('div');
          shadow.appendChild(this.#mount);
        }
        this.#root = createRoot(this.#mount);
      }
      this.#root.render(
        <ExplorerConfigProvider
          value={{ controls: this.#controls, embed: true, ...(appUrl ? { appUrl } : {}) }}
        >
          <ExplorerProvider store={this.#store}>
            <Explorer explanations={false} headingLevel={3} />
          </ExplorerProvider>
        </ExplorerConfigProvider>,
      );
    }
  };
}

/**
 * Registers `<activation-explorer>` once (a second script copy on the page is harmless).
 * Returns the registered class.
 */
export function defineActivationExplorer(
  styles: ElementStyles,
  appUrl?: string,
  name = 'activation-explorer',
): CustomElementConstructor {
  const existing = customElements.get(name);
  if (existing) return existing;
  const cls = createElementClass(styles, appUrl);
  customElements.define(name, cls);
  return cls;
}
