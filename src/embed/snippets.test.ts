import { describe, expect, it } from 'vitest';
import { defaultState } from '../state/explorerStore';
import { decode } from '../state/urlCodec';
import { elementSnippet, embedUrl, escapeAttribute, iframeSnippet } from './snippets';

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
        ' derivative lang="en" controls="alpha"></activation-explorer>',
    );
  });

  it('escapes attribute text', () => {
    expect(escapeAttribute('a"b<c&d')).toBe('a&quot;b&lt;c&amp;d');
  });
});
