import { describe, expect, it } from 'vitest';
import { OBSERVED_ATTRIBUTES, readAttributes } from '../../element/attributes';
import { defaultState, type ExplorerState } from '../../state/explorerStore';
import { applyPatch } from '../../state/patch';
import { decode } from '../../state/urlCodec';
import { attributesOf, elementSnippet, embedUrl, escapeAttribute, iframeSnippet } from './snippets';

const state = {
  ...defaultState('en'),
  fn: 'leaky_relu',
  params: { alpha: 0.1 },
  range: [-3, 3] as [number, number],
  cmp: ['relu', 'elu'],
};

describe('embed snippets', () => {
  it('puts the state into the embed URL the page decodes back', () => {
    const url = new URL(embedUrl(state, 'https://example.org/ae/embed.html', 'alpha,range'));
    expect(url.pathname).toBe('/ae/embed.html');
    expect(url.searchParams.get('controls')).toBe('alpha,range');
    expect(url.search).toContain('cmp=relu,elu');
    const { state: decoded, ignored } = decode(url.searchParams);
    expect(ignored.map((n) => n.param)).toEqual(['controls']);
    expect(decoded).toMatchObject({
      fn: 'leaky_relu',
      params: { alpha: 0.1 },
      range: [-3, 3],
      cmp: ['relu', 'elu'],
      lang: 'en',
    });
  });

  it('writes an iframe with a title and escaped attributes', () => {
    const html = iframeSnippet(state, 'https://example.org/embed.html');
    expect(html).toMatch(/^<iframe src="https:\/\/example\.org\/embed\.html\?fn=leaky_relu&amp;/);
    expect(html).toContain('title="Activation Explorer: Leaky ReLU"');
    expect(html).toContain('</iframe>');
  });

  it('adds the auto-size helper as a file beside the embed view, never inline code', () => {
    const html = iframeSnippet(state, 'https://example.org/ae/embed.html');
    expect(html.split('\n').at(-1)).toBe(
      '<script src="https://example.org/ae/embed/autosize.js" defer></script>',
    );
    expect(html).not.toMatch(/<script>/);
  });

  it("writes no inline style, which a page's style-src 'self' would refuse", () => {
    const html = iframeSnippet(state, 'https://example.org/embed.html');
    expect(html).not.toMatch(/\sstyle=/i);
    // The browser's default inset border goes through an attribute instead.
    expect(html).toContain(' frameborder="0"');
    const names = [...(html.split('\n')[0] ?? '').matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(['frameborder', 'height', 'loading', 'src', 'title', 'width']);
  });

  it('titles the iframe in the language of the embedded view', () => {
    const html = iframeSnippet({ ...state, lang: 'zh-CN' }, 'https://example.org/embed.html');
    expect(html).toContain('title="激活函数探索器：Leaky ReLU"');
    expect(html).toContain('lang=zh-CN');
  });

  it('writes the module script and the element with its attributes', () => {
    const html = elementSnippet(state, 'https://example.org/activation-explorer.js', 'alpha');
    expect(html).toBe(
      '<script type="module" src="https://example.org/activation-explorer.js"></script>\n' +
        '<activation-explorer fn="leaky_relu" alpha="0.1" xmin="-3" xmax="3" cmp="relu,elu"' +
        ' lang="en" controls="alpha"></activation-explorer>',
    );
  });

  it('escapes attribute text', () => {
    expect(escapeAttribute('a"b<c&d')).toBe('a&quot;b&lt;c&amp;d');
  });
});

const base: ExplorerState = { ...defaultState('en'), showDerivative: false };

describe('attributesOf', () => {
  it('writes the attributes that reproduce a state: what differs from the defaults, fn and lang', () => {
    const attrs = attributesOf({
      ...base,
      fn: 'leaky_relu',
      params: { alpha: 0.1 },
      range: [-3, 3],
      cmp: ['relu'],
      showDerivative: true,
      lang: 'zh-CN',
    });
    expect(attrs).toEqual([
      ['fn', 'leaky_relu'],
      ['alpha', '0.1'],
      ['xmin', '-3'],
      ['xmax', '3'],
      ['cmp', 'relu'],
      ['lang', 'zh-CN'],
    ]);
  });

  it('round-trips through readAttributes', () => {
    const s = {
      ...base,
      fn: 'elu',
      params: { alpha: 0.7 },
      range: [-4, 2] as [number, number],
      showDerivative: true,
      theme: 'dark' as const,
    };
    const map = Object.fromEntries(attributesOf(s));
    const { patch, raw, notices } = readAttributes(
      (n) => map[n] ?? null,
      OBSERVED_ATTRIBUTES,
      base,
    );
    const { set: state, notices: applied } = applyPatch(base, patch, { host: 'attr', raw });
    expect([...notices, ...applied]).toEqual([]);
    expect({ ...base, ...state }).toEqual({ ...s });
  });
});
