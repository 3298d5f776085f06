// @vitest-environment jsdom
/**
 * The four hosts accept one vocabulary: the page's URL, the iframe's URL, the element's
 * attributes and the React component's props read every field of the schema (iterated from
 * FIELDS, not listed here) with the same defaults, and the difference view works in each.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createElementClass } from './element/element';
import { ActivationExplorer, propsPatch } from './lib/ActivationExplorer';
import { embedUrl } from './parts/embedDialog/snippets';
import { FullExplorer } from './parts/FullExplorer';
import { ExplorerProvider } from './state/context';
import { createExplorerStore, defaultState, type ExplorerState } from './state/explorerStore';
import { loadFormulaEngine } from './state/formula';
import { applyPatch } from './state/patch';
import { FIELD_NAMES, FIELDS, sameValue, valueOf, type ExplorerValue } from './state/schema';
import { writeText } from './state/textPatch';
import { encode } from './state/urlCodec';
import { initialFromUrl } from './state/urlRead';

const TAG = 'ae-hosts-explorer';
const defaults = defaultState('en');
/** One state in which every field differs from its default. */
const sample: ExplorerState = {
  ...defaults,
  // A custom formula, so that its text (`expr`) and its slider ranges are set too.
  fn: 'custom',
  expr: 'x * sigmoid(b * x) + c * x',
  params: { b: 1.5, c: 0.25 },
  paramRanges: { b: [-5, 5] },
  range: [-3, 4],
  cmp: ['gelu'],
  showDerivative: false,
  showDifference: true,
  lang: 'zh-CN',
  theme: 'dark',
};
const differs = (s: ExplorerState) =>
  FIELD_NAMES.filter((k) => !sameValue(FIELDS[k].get(s), FIELDS[k].get(defaults)));

beforeAll(async () => {
  // The formula engine is a lazy chunk in the app; the hosts wait for it (tests: element.test).
  await loadFormulaEngine();
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  customElements.define(TAG, createElementClass({ css: '' }));
});
afterEach(async () => {
  cleanup();
  await act(async () => document.body.replaceChildren());
});

async function element(attrs: readonly [string, string][]): Promise<HTMLElement> {
  const el = document.createElement(TAG);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  await act(async () => document.body.append(el));
  return el;
}
/** The element's whole state: its value, plus the language and theme its root carries. */
function elementState(el: HTMLElement) {
  const root = el.shadowRoot!.querySelector('.ae-root')!;
  return {
    ...(el as HTMLElement & { value: ExplorerValue }).value,
    lang: root.getAttribute('lang'),
    theme: root.getAttribute('data-theme'),
  };
}
const expected = (s: ExplorerState) => ({
  ...valueOf(s),
  lang: s.lang,
  theme: s.theme === 'system' ? 'light' : s.theme,
});

describe('one vocabulary in four hosts', () => {
  it('the sample sets every field of the schema', () => {
    expect(differs(sample)).toEqual(FIELD_NAMES);
  });

  it('page URL: every field is read, and nothing means the defaults', () => {
    const q = encode(sample, defaults);
    expect(initialFromUrl(`?${q}`, ['en'])).toMatchObject({ initial: sample, ignored: [] });
    expect(initialFromUrl('', ['en']).initial).toEqual(defaults);
  });

  it('iframe URL (as the embed dialog writes it): every field is read, with the same defaults', () => {
    const src = new URL(embedUrl(sample, 'https://ae.test/embed.html'));
    const { initial, ignored } = initialFromUrl(src.search, ['en']);
    expect(ignored).toEqual([]);
    expect(initial).toEqual(sample);
  });

  it('element attributes: every field is read, and no attribute means the defaults', async () => {
    const attrs = writeText(sample, defaults, 'attr');
    expect(attrs.map(([k]) => k)).toEqual(
      expect.arrayContaining(
        // Parameters and their slider ranges are keys of their own (`b`, `b.min`).
        FIELD_NAMES.filter((k) => k !== 'params' && k !== 'paramRanges').map(
          (k) => FIELDS[k].names.attr,
        ),
      ),
    );
    expect(elementState(await element(attrs))).toEqual(expected(sample));
    await act(async () => document.body.replaceChildren());
    expect(elementState(await element([['lang', 'en']]))).toEqual(expected(defaults));
  });

  it('React props: every field is read, and no prop means the defaults', () => {
    const props = Object.fromEntries(
      FIELD_NAMES.map((k) => [FIELDS[k].names.prop, FIELDS[k].get(sample)]),
    );
    const applied = applyPatch(defaults, propsPatch(props), { host: 'prop' });
    expect(applied.notices).toEqual([]);
    expect(applied.state).toEqual(sample);
    expect(applyPatch(defaults, propsPatch({}), { host: 'prop' }).state).toEqual(defaults);
  });
});

describe('the difference view in every host', () => {
  const legend = /difference Leaky ReLU .* − GELU/;
  const diff = { ...defaults, fn: 'leaky_relu', cmp: ['gelu'], showDifference: true };

  it('page and iframe: diff=1 in the URL', () => {
    const { initial } = initialFromUrl('?fn=leaky_relu&cmp=gelu&diff=1', ['en']);
    expect(initial.showDifference).toBe(true);
    render(
      <ExplorerProvider store={createExplorerStore(initial)}>
        <FullExplorer headingLevel={1} />
      </ExplorerProvider>,
    );
    expect(screen.getAllByText(legend).length).toBeGreaterThan(0);
  });

  it('element: the diff attribute', async () => {
    const el = await element(writeText(diff, defaults, 'attr'));
    expect(el.getAttribute('diff')).toBe('1');
    expect(el.shadowRoot!.textContent).toMatch(legend);
  });

  it('React: the diff prop', () => {
    render(<ActivationExplorer fn="leaky_relu" cmp={['gelu']} diff lang="en" />);
    expect(screen.getAllByText(legend).length).toBeGreaterThan(0);
  });
});
