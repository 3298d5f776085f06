// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// The plot needs layout jsdom does not have; it is tested on its own.
vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
  vi.doUnmock('../i18n/zh');
});

/**
 * A fresh copy of the element's modules: English only, as the built element starts. The Chinese
 * chunk arrives when the test calls `arrive`.
 */
async function freshElement(tag: string) {
  vi.resetModules();
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  vi.doMock('../i18n/zh', async (importOriginal) => {
    await arrived;
    return importOriginal();
  });
  const { createElementClass } = await import('./element');
  const languages = await import('../i18n/languages');
  customElements.define(tag, createElementClass({ css: '' }));
  return { ...languages, arrive };
}

describe('<activation-explorer> languages', () => {
  it('lang="zh-CN": renders nothing until the Chinese strings are in, then Chinese', async () => {
    const { languageReady, arrive } = await freshElement('ae-lang-first');
    expect(languageReady('zh-CN')).toBe(false);
    const el = document.createElement('ae-lang-first');
    el.setAttribute('lang', 'zh-CN');
    await act(async () => document.body.append(el));
    expect(el.shadowRoot).toBeNull();
    arrive();
    await vi.waitFor(() => expect(languageReady('zh-CN')).toBe(true));
    await act(async () => {});
    const view = within(el.shadowRoot as unknown as HTMLElement);
    expect(view.getByRole('combobox', { name: '激活函数' })).toBeTruthy();
    expect(view.queryByRole('combobox', { name: 'Activation function' })).toBeNull();
  });

  it('a lang attribute changed to zh-CN shows Chinese once its strings are in, no event', async () => {
    const { languageReady, arrive } = await freshElement('ae-lang-switch');
    const el = document.createElement('ae-lang-switch');
    const changes: Event[] = [];
    el.addEventListener('activation-explorer-change', (e) => changes.push(e));
    await act(async () => document.body.append(el));
    const view = within(el.shadowRoot as unknown as HTMLElement);
    expect(view.getByRole('combobox', { name: 'Activation function' })).toBeTruthy();
    await act(async () => el.setAttribute('lang', 'zh-CN'));
    // Still English while the strings load: never a Chinese root with English controls.
    expect(view.getByRole('combobox', { name: 'Activation function' })).toBeTruthy();
    expect(el.shadowRoot!.querySelector('.ae-root')!.getAttribute('lang')).toBe('en');
    arrive();
    await vi.waitFor(() => expect(languageReady('zh-CN')).toBe(true));
    await act(async () => {});
    expect(view.getByRole('combobox', { name: '激活函数' })).toBeTruthy();
    // An attribute is the page's own change: it fires no change event, waiting or not.
    expect(changes).toEqual([]);
  });
});
