// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InitialPlotWidth } from '../../components/plot/initialWidth';
import { PlotPanel } from '../../components/plot/PlotPanel';
import { translator } from '../../i18n/catalogue';
import { buildPlotModel } from '../../plot/model';
import { ExplorerProvider } from '../../state/context';
import { initialFromUrl } from '../../state/urlRead';
import { plotMarkup } from './plotMarkup';

/** An element as text: its name, its attributes sorted, then its children, `uid` made neutral. */
function canonical(node: Node, uid: string): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  if (!(node instanceof Element)) return '';
  const attrs = [...node.attributes]
    .map((a) => `${a.name}=${JSON.stringify(a.value.split(uid).join('UID'))}`)
    .sort();
  const children = [...node.childNodes].map((c) => canonical(c, uid)).filter(Boolean);
  return `<${node.nodeName} ${attrs.join(' ')}>${children.join('')}</${node.nodeName}>`;
}

/** The plot frame's tabindex as `canonical` writes it, with the space before the next attribute. */
const FOCUSABLE = ' tabindex="0"';

function parse(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

/** What PlotPanel renders before any crosshair: legend, frame and hint, in a canonical form. */
function fromReact(search: string, width: number): string[] {
  const { initial } = initialFromUrl(search, ['en-US']);
  const html = renderToStaticMarkup(
    <ExplorerProvider initial={initial}>
      <InitialPlotWidth value={width}>
        <PlotPanel />
      </InitialPlotWidth>
    </ExplorerProvider>,
  );
  const plot = parse(html).querySelector('.ae-plot')!;
  const hint = plot.querySelector('.ae-plot-hint')!;
  const uid = hint.id.replace(/-hint$/, '');
  const upToHint = [...plot.children].slice(0, [...plot.children].indexOf(hint) + 1);
  return upToHint.map((c) => canonical(c, uid));
}

function fromFirstFrame(search: string, width: number): string[] {
  const { initial } = initialFromUrl(search, ['en-US']);
  const model = buildPlotModel(initial, width);
  const html = plotMarkup(model, 'first', translator(initial.lang));
  return [...parse(html).children].map((c) => canonical(c, 'first'));
}

describe('plotMarkup', () => {
  it.each([
    ['', 836],
    ['?fn=leaky_relu&cmp=relu,elu,gelu', 836],
    ['?fn=elu&alpha=0.3', 343],
    ['?lang=zh-CN&theme=dark', 1200],
    ['?fn=hardshrink&cmp=threshold&diff=1', 600],
    ['?fn=gelu&d=0&xmin=-3&xmax=8', 500],
    ['?fn=threshold&lang=zh-CN', 300],
    ['?fn=softplus&cmp=relu&diff=1&d=0', 836],
  ])('draws %s at %i px exactly as PlotPanel does', (search, width) => {
    const react = fromReact(search, width);
    // Legend, frame (with the SVG) and hint, each with something in it.
    expect(react).toHaveLength(3);
    expect(react.join('')).toContain('data-testid="plot-curve"');
    // The one difference: only the app's frame takes focus (see plotMarkup).
    expect(react[1]).toContain(FOCUSABLE);
    expect(fromFirstFrame(search, width)).toEqual([
      react[0],
      react[1]!.replace(FOCUSABLE, ''),
      react[2],
    ]);
  });

  it('paints a frame that takes no focus: the app replaces it, keys would be lost', () => {
    const model = buildPlotModel(initialFromUrl('?fn=relu', ['en']).initial, 836);
    const frame = parse(plotMarkup(model, 'u', translator('en'))).querySelector('.ae-plot-frame');
    expect(frame).not.toBeNull();
    expect(frame!.hasAttribute('tabindex')).toBe(false);
    expect(frame!.querySelector('[tabindex]')).toBeNull();
  });

  it('escapes text: a label is never markup', () => {
    const model = buildPlotModel(initialFromUrl('', ['en']).initial, 836);
    const t = translator('en');
    const html = plotMarkup(model, 'u', (key, vars) =>
      key === 'plotTitleX' ? '<img src=x onerror=alert(1)>' : t(key, vars),
    );
    const svg = parse(html).querySelector('svg.ae-plot-svg')!;
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
