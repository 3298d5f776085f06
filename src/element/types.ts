/**
 * Types for pages that use `<activation-explorer>` from TypeScript: the element's attributes
 * (from the schema's field names), the element interface, its events, and JSX typings for
 * React 19, so `<activation-explorer fn="elu" alpha={0.5} />` type-checks in TSX. They come
 * with `import 'activation-explorer/element'` (or `/// <reference types="activation-explorer/element" />`
 * for a page that loads the script itself). Types only: nothing here reaches the element's file.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ControlName } from '../components/controlSet';
import type { ExplorerValue, FIELDS } from '../state/schema';

/** A number as attribute text; JSX may pass the number itself. */
type NumberText = number | `${number}`;

/**
 * A boolean attribute: present (`true`, `''`), `'1'`/`'true'` shows, `'0'`/`'false'` hides.
 * Not `false`: React removes an attribute set to false, which brings back the default.
 */
type BooleanText = true | '' | '0' | '1' | 'true' | 'false';

/** Every parameter key of the registry (`src/state/schema.ts`'s PARAM_KEYS; a test keeps them equal). */
export type ParamKey =
  'alpha' | 'lower' | 'upper' | 'threshold' | 'value' | 'beta' | 'min_val' | 'max_val' | 'lambd';

type Attr<K extends keyof typeof FIELDS> = (typeof FIELDS)[K]['names']['attr'];

/** The attributes of `<activation-explorer>` (see docs/embedding.md for their meaning). */
export type ActivationExplorerAttributes = {
  [K in Attr<'fn'> | Attr<'cmp'> | Attr<'lang'>]?: string;
} & { [K in Attr<'xmin'> | Attr<'xmax'> | ParamKey]?: NumberText } & {
  [K in Attr<'derivative'> | Attr<'diff'>]?: BooleanText;
} & {
  [K in Attr<'theme'>]?: 'auto' | 'system' | 'light' | 'dark' | 'inherit';
} & {
  /** Comma list of {@link ControlName}s or parameter keys, or `all` / `none`. */
  controls?: string;
  /** The "Open in Activation Explorer" link's target (http(s) URL), or `none`. */
  'app-url'?: string;
};

/** The element: an `HTMLElement` with the current value. */
export interface ActivationExplorerElement extends HTMLElement {
  /** The state as the events report it; null before the element first connects. */
  readonly value: ExplorerValue | null;
}

/** `activation-explorer-change` (settled) and `activation-explorer-input` (live). */
export type ActivationExplorerEvent = CustomEvent<ExplorerValue>;

interface ActivationExplorerEventMap {
  'activation-explorer-change': ActivationExplorerEvent;
  'activation-explorer-input': ActivationExplorerEvent;
}

/** JSX props: React 19 sets these as attributes, and `on<event name>` as event listeners. */
export type ActivationExplorerJsxProps = DetailedHTMLProps<
  HTMLAttributes<ActivationExplorerElement>,
  ActivationExplorerElement
> &
  ActivationExplorerAttributes & {
    'onactivation-explorer-change'?: (event: ActivationExplorerEvent) => void;
    'onactivation-explorer-input'?: (event: ActivationExplorerEvent) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX is a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'activation-explorer': ActivationExplorerJsxProps;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'activation-explorer': ActivationExplorerElement;
  }
  // Typed `addEventListener` on the document and any element: the events bubble.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a merged interface.
  interface HTMLElementEventMap extends ActivationExplorerEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a merged interface.
  interface DocumentEventMap extends ActivationExplorerEventMap {}
}

export type { ControlName, ExplorerValue };
