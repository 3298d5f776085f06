// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pressOnSlider } from '../components/explorer.testing';
import type { ExplorerValue } from '../state/schema';
import { SETTLE_MS } from '../state/watchValue';
import { createElementClass } from './element';

// The plot needs layout jsdom does not have; it is tested on its own.
vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

const TAG = 'ae-test-explorer';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  customElements.define(TAG, createElementClass({ css: '.ae-root { color: red; }' }));
});

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
  vi.restoreAllMocks();
});

async function mount(attrs: Record<string, string>): Promise<HTMLElement> {
  const el = document.createElement(TAG);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await act(async () => document.body.append(el));
  return el;
}

const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);
const slider = (el: HTMLElement, name = 'α (alpha)') =>
  shadow(el).getByRole<HTMLInputElement>('slider', { name });

describe('<activation-explorer>', () => {
  it('renders its state from attributes into an open shadow root', async () => {
    const el = await mount({ fn: 'leaky_relu', alpha: '0.2', xmin: '-3', xmax: '3' });
    expect(el.shadowRoot).not.toBeNull();
    expect(slider(el).value).toBe('0.2');
    expect(shadow(el).getByRole('textbox', { name: 'x min' })).toHaveProperty('value', '-3');
    // Nothing leaks into the page's own DOM.
    expect(document.body.querySelector('.ae-root')).toBeNull();
    expect((el as HTMLElement & { value: ExplorerValue }).value).toEqual({
      fn: 'leaky_relu',
      params: { alpha: 0.2 },
      xmin: -3,
      xmax: 3,
      cmp: [],
      // f′ is shown by default in every host (the schema's default).
      derivative: true,
      diff: false,
      // No custom formula shown: the value has none of its fields (`expr`, `paramRanges`).
    });
  });

  it('follows attribute changes and fires no change event for them', async () => {
    const el = await mount({ fn: 'leaky_relu', alpha: '0.2' });
    const changes: ExplorerValue[] = [];
    for (const type of ['change', 'activation-explorer-change', 'activation-explorer-input'])
      el.addEventListener(type, (e) => changes.push((e as CustomEvent<ExplorerValue>).detail));
    await act(async () => el.setAttribute('alpha', '0.5'));
    expect(slider(el).value).toBe('0.5');
    await act(async () => el.setAttribute('fn', 'elu'));
    expect(shadow(el).getByRole('combobox', { name: 'Activation function' })).toHaveProperty(
      'value',
      'elu',
    );
    await act(async () => el.setAttribute('derivative', ''));
    expect((el as HTMLElement & { value: ExplorerValue }).value.derivative).toBe(true);
    await act(() => new Promise((done) => setTimeout(done, SETTLE_MS + 50)));
    expect(changes).toEqual([]);
  });

  it('ignores an invalid attribute with a warning and keeps the last valid state', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ fn: 'leaky_relu', alpha: '0.2' });
    await act(async () => el.setAttribute('alpha', 'abc'));
    await act(async () => el.setAttribute('fn', 'no_such_fn'));
    await act(async () => el.setAttribute('xmin', '9'));
    expect(slider(el).value).toBe('0.2');
    expect((el as HTMLElement & { value: ExplorerValue }).value).toMatchObject({
      fn: 'leaky_relu',
      xmin: -5,
    });
    // The notices' English loads with the first one to report (a chunk beside the element).
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(3));
    expect(String(warn.mock.calls[0]![0])).toContain('alpha="abc"');
  });

  it('dispatches namespaced events when the user moves a control: input live, change once settled', async () => {
    const el = await mount({ fn: 'leaky_relu', alpha: '0.2', derivative: '' });
    const events: CustomEvent<ExplorerValue>[] = [];
    const record = (e: Event) => events.push(e as CustomEvent<ExplorerValue>);
    for (const type of ['change', 'activation-explorer-change', 'activation-explorer-input'])
      document.addEventListener(type, record);
    await act(async () => pressOnSlider(slider(el), 'ArrowRight'));
    await act(async () => pressOnSlider(slider(el), 'ArrowRight'));
    expect(events.map((e) => e.type)).toEqual([
      'activation-explorer-input',
      'activation-explorer-input',
    ]);
    await act(() => new Promise((done) => setTimeout(done, SETTLE_MS + 50)));
    for (const type of ['change', 'activation-explorer-change', 'activation-explorer-input'])
      document.removeEventListener(type, record);
    // No native name: a page's `change` listeners for its forms never see the figure.
    expect(events.map((e) => e.type)).toEqual([
      'activation-explorer-input',
      'activation-explorer-input',
      'activation-explorer-change',
    ]);
    const e = events[2]!;
    expect(e.target).toBe(el);
    // Bubbles through the page; does not leave a shadow root the element may sit in.
    expect(e.bubbles).toBe(true);
    expect(e.composed).toBe(false);
    expect(e.detail).toEqual(events[1]!.detail);
    expect(e.detail.fn).toBe('leaky_relu');
    expect(e.detail.params.alpha).toBe(Number(slider(el).value));
    expect(e.detail.params.alpha).toBeGreaterThan(0.2);
    expect(e.detail.derivative).toBe(true);
  });

  it('keeps several elements independent', async () => {
    const a = await mount({ fn: 'leaky_relu', alpha: '0.2' });
    const b = await mount({ fn: 'leaky_relu', alpha: '0.3' });
    await act(async () => pressOnSlider(slider(a), 'ArrowRight'));
    expect(Number(slider(a).value)).toBeGreaterThan(0.2);
    expect(slider(b).value).toBe('0.3');
  });

  it('keeps its state when moved within the page', async () => {
    const el = await mount({ fn: 'leaky_relu', alpha: '0.2' });
    await act(async () => pressOnSlider(slider(el), 'ArrowRight'));
    const moved = slider(el).value;
    const box = document.createElement('div');
    await act(async () => {
      document.body.append(box);
      box.append(el);
    });
    expect(slider(el).value).toBe(moved);
  });

  it('takes its language from the surrounding page when it has none', async () => {
    const box = document.createElement('div');
    box.lang = 'zh-CN';
    document.body.append(box);
    const el = document.createElement(TAG);
    await act(async () => box.append(el));
    expect(shadow(el).getByRole('combobox', { name: '激活函数' })).toBeTruthy();
  });

  it('links to app-url when given, hides the link for none, refuses other schemes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ fn: 'elu', 'app-url': 'https://example.org/ae/' });
    const link = () => el.shadowRoot!.querySelector('.ae-open-full a');
    expect(link()?.getAttribute('href')).toMatch(/^https:\/\/example\.org\/ae\/\?fn=elu&/);
    await act(async () => el.setAttribute('app-url', 'none'));
    expect(link()).toBeNull();
    await act(async () => el.setAttribute('app-url', 'javascript:alert(1)'));
    // Refused: back to the default, which is no link for this class (no appUrl given).
    expect(link()).toBeNull();
    expect(String(warn.mock.calls[0]![0])).toContain('app-url="javascript:alert(1)"');
  });
});
