/**
 * Standalone SVG from the plot panels on screen: a copy whose look no longer depends on the
 * page. Colours and fonts come from the page's CSS (custom properties under `.ae-root`), so
 * each element's computed style is written inline, anything that could reach outside the file
 * is dropped, and the panels are stacked in one `<svg>` on the themed background.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Reads an element's computed style; injectable so the builder can be tested without layout. */
export type StyleReader = (el: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** Properties that SVG inherits: written where an element's value differs from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'shape-rendering',
  'visibility',
] as const;

/** Non-inherited properties, written where they differ from the initial value. */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  'alignment-baseline': 'auto',
  'vector-effect': 'none',
};

/** Initial values of the inherited properties, compared against at the root of each panel. */
const INITIAL: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'font-style': 'normal',
  'font-weight': '400',
  'font-variant-numeric': 'normal',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
  'shape-rendering': 'auto',
  visibility: 'visible',
};

/** Elements that could load or run something, or that a standalone image cannot show. */
const DROPPED = new Set(['script', 'foreignObject', 'style', 'iframe', 'video', 'audio', 'canvas']);

/** One panel to export: the on-screen `<svg>` and its CSS-pixel size. */
export interface Panel {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/** One legend entry to repeat above the panels: its swatch and its label, as on screen. */
export interface LegendEntry {
  /** The entry's small `<svg>` sample of the curve's colour and dash (may be absent). */
  swatch: SVGSVGElement | null;
  /** The element holding the label text (its computed colour and font are used). */
  label: Element;
}

/** Height of one legend row, in CSS pixels. */
const LEGEND_ROW = 20;

export interface StandaloneOptions {
  /**
   * The legend, drawn as rows above the panels: on screen it is HTML beside the SVG, and a
   * figure in a paper needs it to say which curve is which.
   */
  legend?: readonly LegendEntry[];
  /** Background colour (resolved, e.g. `rgb(255, 255, 255)`); the theme's page colour. */
  background: string;
  /** Computed-style reader; defaults to the element's window's `getComputedStyle`. */
  getStyle?: StyleReader;
  /** Vertical gap between stacked panels, in CSS pixels. */
  gap?: number;
  /** `<title>` of the file, e.g. "Leaky ReLU (α = 0.1) and its derivative". */
  title?: string;
}

/** The result: SVG text plus its size in CSS pixels (the PNG export doubles it). */
export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

const defaultReader: StyleReader = (el) => {
  const view = el.ownerDocument.defaultView;
  if (!view) throw new Error('buildStandaloneSvg: the element is not in a window');
  return view.getComputedStyle(el);
};

/** The CSS-pixel size of an on-screen `<svg>`: its layout box, else its width/height/viewBox. */
export function panelOf(svg: SVGSVGElement): Panel {
  const box = svg.getBoundingClientRect();
  let width = box.width;
  let height = box.height;
  if (!(width > 0 && height > 0)) {
    const vb = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    width = Number.parseFloat(svg.getAttribute('width') ?? '') || vb[2] || 0;
    height = Number.parseFloat(svg.getAttribute('height') ?? '') || vb[3] || 0;
  }
  return { svg, width, height };
}

/**
 * Builds one self-contained SVG document from the panels, stacked top to bottom: `xmlns`
 * set, computed colours and fonts inlined (no `var(--…)`, no classes), no scripts, event
 * handlers or references outside the file (`href`s other than `#id`, `url(…)` other than
 * `url(#id)`), a background rectangle in the theme's colour.
 */
export function buildStandaloneSvg(
  panels: readonly Panel[],
  options: StandaloneOptions,
): StandaloneSvg {
  const doc = panels[0]?.svg.ownerDocument;
  if (!doc) throw new Error('buildStandaloneSvg: no panel to export');
  const read = options.getStyle ?? defaultReader;
  const gap = options.gap ?? 8;
  const legend = options.legend ?? [];
  const legendHeight = legend.length > 0 ? legend.length * LEGEND_ROW + gap : 0;
  const width = Math.ceil(Math.max(...panels.map((p) => p.width)));
  const height = Math.ceil(
    legendHeight + panels.reduce((sum, p) => sum + p.height, 0) + gap * (panels.length - 1),
  );

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (options.title) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = options.title;
    root.appendChild(title);
  }
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', safeValue(options.background) ?? '#fff');
  root.appendChild(bg);

  legend.forEach((entry, i) => {
    const row = legendRow(entry, read, i * LEGEND_ROW);
    if (row) root.appendChild(row);
  });

  let y = legendHeight;
  for (const panel of panels) {
    const copy = copyElement(panel.svg, read, null);
    if (copy) {
      copy.setAttribute('x', '0');
      copy.setAttribute('y', String(y));
      copy.setAttribute('width', String(panel.width));
      copy.setAttribute('height', String(panel.height));
      if (!copy.hasAttribute('viewBox'))
        copy.setAttribute('viewBox', `0 0 ${panel.width} ${panel.height}`);
      root.appendChild(copy);
    }
    y += panel.height + gap;
  }
  const text = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}

/** One legend row at `top`: the swatch copied as drawn, the label as SVG text in its font. */
function legendRow(entry: LegendEntry, read: StyleReader, top: number): Element | null {
  const doc = entry.label.ownerDocument;
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(0 ${top})`);
  let x = 0;
  if (entry.swatch) {
    const swatch = copyElement(entry.swatch, read, null);
    if (swatch) {
      const w = Number.parseFloat(entry.swatch.getAttribute('width') ?? '') || 36;
      const h = Number.parseFloat(entry.swatch.getAttribute('height') ?? '') || 14;
      swatch.setAttribute('x', '0');
      swatch.setAttribute('y', String((LEGEND_ROW - h) / 2));
      swatch.setAttribute('width', String(w));
      swatch.setAttribute('height', String(h));
      g.appendChild(swatch);
      x = w + 6;
    }
  }
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(x));
  text.setAttribute('y', String(LEGEND_ROW / 2));
  text.setAttribute('dominant-baseline', 'central');
  const style = read(entry.label);
  const declarations = ['color', 'font-family', 'font-size', 'font-weight']
    .map((prop) => [
      prop === 'color' ? 'fill' : prop,
      safeValue(style.getPropertyValue(prop).trim()),
    ])
    .filter((d): d is [string, string] => d[1] !== null)
    .map(([prop, v]) => `${prop}:${v}`);
  if (declarations.length > 0) text.setAttribute('style', declarations.join(';'));
  text.textContent = entry.label.textContent ?? '';
  g.appendChild(text);
  return g;
}

/** A value safe to write: no custom property, no reference outside the file. */
function safeValue(v: string | null | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v.includes('var(')) return null;
  if (/url\(/i.test(v) && !/^url\(\s*["']?#[^)]*\)$/i.test(v.trim())) return null;
  return v;
}

/**
 * Copies `el` (and its subtree) with computed style inlined. Returns null for elements a
 * standalone image drops (scripts, foreign content, anything not rendered).
 */
function copyElement(
  el: Element,
  read: StyleReader,
  parentStyle: Readonly<Record<string, string>> | null,
): Element | null {
  if (DROPPED.has(el.localName) || el.namespaceURI !== SVG_NS) return null;
  const style = read(el);
  if (style.getPropertyValue('display') === 'none') return null;
  const doc = el.ownerDocument;
  const copy = doc.createElementNS(SVG_NS, el.localName);

  for (const attr of Array.from(el.attributes)) {
    const name = attr.name;
    if (name === 'class' || name === 'style' || name === 'tabindex' || name === 'id') continue;
    if (/^on/i.test(name) || name.startsWith('data-') || name.startsWith('aria-')) continue;
    if (name === 'role' || name === 'focusable') continue;
    if (name === 'href' || name === 'xlink:href') {
      if (attr.value.startsWith('#')) copy.setAttribute('href', attr.value);
      continue;
    }
    const value = safeValue(attr.value);
    if (value !== null) copy.setAttribute(name, value);
  }
  // Ids are kept only where something may point at them (clip paths, markers, gradients).
  const id = el.getAttribute('id');
  if (
    id &&
    /^(clipPath|mask|marker|linearGradient|radialGradient|pattern|symbol)$/.test(el.localName)
  )
    copy.setAttribute('id', id);

  const own: Record<string, string> = {};
  const declarations: string[] = [];
  for (const prop of INHERITED) {
    const v = style.getPropertyValue(prop).trim();
    own[prop] = v;
    const base = parentStyle ? parentStyle[prop] : INITIAL[prop];
    const safe = safeValue(v);
    if (safe !== null && safe !== base) declarations.push(`${prop}:${safe}`);
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const safe = safeValue(style.getPropertyValue(prop).trim());
    if (safe !== null && safe !== initial) declarations.push(`${prop}:${safe}`);
  }
  if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));

  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) copy.appendChild(doc.createTextNode(child.textContent ?? ''));
    else if (child.nodeType === 1) {
      const c = copyElement(child as Element, read, own);
      if (c) copy.appendChild(c);
    }
  }
  return copy;
}

/**
 * The colour painted behind `el`: the nearest ancestor with an opaque-ish background, else
 * white. This is the theme's page or panel colour, used as the export's background.
 */
export function backgroundOf(el: Element, read: StyleReader = defaultReader): string {
  for (let n: Element | null = el; n; n = parentOrHost(n)) {
    const bg = read(n).getPropertyValue('background-color').trim();
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** The parent element, crossing out of a shadow root to its host. */
function parentOrHost(n: Element): Element | null {
  if (n.parentElement) return n.parentElement;
  const root = n.getRootNode();
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}
