// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { backgroundOf, buildStandaloneSvg, type StyleReader } from './svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A computed-style stand-in: jsdom has no layout and does not resolve custom properties, so
 * each element's "computed" values come from its `data-computed` attribute.
 */
const reader: StyleReader = (el) => {
  const pairs = (el.getAttribute('data-computed') ?? '')
    .split(';')
    .filter(Boolean)
    .map((d) => d.split(':').map((s) => s.trim()) as [string, string]);
  const map = new Map(pairs);
  return { getPropertyValue: (p: string) => map.get(p) ?? '' };
};

function panel(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.appendChild(host);
  return host.querySelector('svg')!;
}

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('buildStandaloneSvg', () => {
  it('inlines computed colours and fonts and leaves no custom property or class', () => {
    const svg = panel(`
      <svg class="ae-plot" viewBox="0 0 300 200" style="color: var(--ae-fg)"
           data-computed="font-family: Inter, sans-serif; font-size: 12px; fill: rgb(0, 0, 0)">
        <g class="axis" stroke="var(--ae-axis)" data-computed="stroke: rgb(90, 90, 90); font-family: Inter, sans-serif; font-size: 12px; fill: rgb(0, 0, 0)">
          <text data-computed="stroke: rgb(90, 90, 90); font-family: Inter, sans-serif; font-size: 12px; fill: rgb(20, 20, 20)">−1</text>
        </g>
        <path class="curve" d="M0,0L10,10" fill="none" tabindex="0" onclick="alert(1)"
              data-computed="fill: none; stroke: rgb(0, 114, 178); stroke-width: 2px; font-family: Inter, sans-serif; font-size: 12px"/>
      </svg>`);
    const out = buildStandaloneSvg([{ svg, width: 300, height: 200 }], {
      background: 'rgb(255, 255, 255)',
      getStyle: reader,
      title: 'ReLU',
    });
    expect(out.text).not.toContain('var(');
    expect(out.text).not.toContain('class=');
    expect(out.text).not.toContain('onclick');
    expect(out.text).not.toContain('tabindex');
    expect(out.text).not.toContain('data-');
    const doc = parse(out.text);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('300');
    expect(root.querySelector('title')?.textContent).toBe('ReLU');
    const path = root.querySelector('path')!;
    expect(path.getAttribute('d')).toBe('M0,0L10,10');
    expect(path.getAttribute('style')).toContain('stroke:rgb(0, 114, 178)');
    expect(path.getAttribute('style')).toContain('stroke-width:2px');
    // Inherited values are written once, where they change.
    const text = root.querySelector('text')!;
    expect(text.getAttribute('style')).toBe('fill:rgb(20, 20, 20)');
    expect(root.querySelector('g')!.getAttribute('style')).toBe('stroke:rgb(90, 90, 90)');
    expect(root.querySelector('svg')!.getAttribute('style')).toContain(
      'font-family:Inter, sans-serif',
    );
  });

  it('drops scripts, foreign content, hidden elements and outside references', () => {
    const svg = panel(`
      <svg viewBox="0 0 10 10">
        <script>alert(1)</script>
        <foreignObject><div>x</div></foreignObject>
        <image href="https://example.com/x.png"/>
        <use href="#ok"/>
        <rect fill="url(https://example.com/p.svg#x)" clip-path="url(#clip)" width="1" height="1"/>
        <circle r="1" data-computed="display: none"/>
      </svg>`);
    const out = buildStandaloneSvg([{ svg, width: 10, height: 10 }], {
      background: '#000',
      getStyle: reader,
    });
    expect(out.text).not.toContain('script');
    expect(out.text).not.toContain('foreignObject');
    expect(out.text).not.toContain('example.com');
    expect(out.text).not.toContain('circle');
    expect(out.text).toContain('href="#ok"');
    expect(out.text).toContain('clip-path="url(#clip)"');
  });

  it('stacks panels with a gap on the background colour', () => {
    const a = panel('<svg viewBox="0 0 300 200"><path d="M0,0"/></svg>');
    const b = panel('<svg viewBox="0 0 280 100"><path d="M1,1"/></svg>');
    const out = buildStandaloneSvg(
      [
        { svg: a, width: 300, height: 200 },
        { svg: b, width: 280, height: 100 },
      ],
      { background: 'rgb(18, 18, 18)', getStyle: reader, gap: 10 },
    );
    expect([out.width, out.height]).toEqual([300, 310]);
    const doc = parse(out.text);
    const nested = doc.documentElement.querySelectorAll(':scope > svg');
    expect(nested).toHaveLength(2);
    expect(nested[1]!.getAttribute('y')).toBe('210');
    expect(doc.documentElement.querySelector('rect')!.getAttribute('fill')).toBe('rgb(18, 18, 18)');
  });

  it('refuses to export nothing', () => {
    expect(() => buildStandaloneSvg([], { background: '#fff', getStyle: reader })).toThrow();
  });
});

describe('backgroundOf', () => {
  it('takes the nearest painted background, crossing shadow roots', () => {
    const host = document.createElement('div');
    host.setAttribute('data-computed', 'background-color: rgb(1, 2, 3)');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    inner.setAttribute('data-computed', 'background-color: rgba(0, 0, 0, 0)');
    shadow.appendChild(inner);
    expect(backgroundOf(inner, reader)).toBe('rgb(1, 2, 3)');
    expect(backgroundOf(document.body, reader)).toBe('rgb(255, 255, 255)');
  });
});

describe('buildStandaloneSvg legend', () => {
  it('repeats the legend above the panels, swatch and label in their own colours', () => {
    const svg = panel('<svg viewBox="0 0 300 200"><path d="M0,0L5,5"/></svg>');
    const li = document.createElement('li');
    li.innerHTML =
      '<svg width="36" height="14"><line class="ae-plot-c1" x1="2" x2="34" y1="4" y2="4" data-computed="stroke: rgb(0, 114, 178); stroke-width: 2px"/></svg>' +
      '<span data-computed="color: rgb(26, 29, 33); font-family: Inter; font-size: 13px">Leaky ReLU (α = 0.1)</span>';
    document.body.appendChild(li);
    const out = buildStandaloneSvg([{ svg, width: 300, height: 200 }], {
      background: '#fff',
      getStyle: reader,
      gap: 8,
      legend: [{ swatch: li.querySelector('svg'), label: li.querySelector('span')! }],
    });
    expect(out.height).toBe(20 + 8 + 200);
    const doc = parse(out.text);
    const text = doc.querySelector('g > text')!;
    expect(text.textContent).toBe('Leaky ReLU (α = 0.1)');
    expect(text.getAttribute('style')).toBe(
      'fill:rgb(26, 29, 33);font-family:Inter;font-size:13px',
    );
    expect(doc.querySelector('g > svg line')!.getAttribute('style')).toContain(
      'stroke:rgb(0, 114, 178)',
    );
    const plot = [...doc.documentElement.children].find((c) => c.localName === 'svg')!;
    expect(plot.getAttribute('y')).toBe('28');
  });
});
