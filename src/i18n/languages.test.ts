import { describe, expect, it, vi } from 'vitest';

// The test set-up registers every language; these tests load fresh copies of the modules, as a
// page or an element starts: English only, Chinese on demand.
async function fresh() {
  vi.resetModules();
  const languages = await import('./languages');
  const catalogue = await import('./catalogue');
  const { createExplorerStore } = await import('../state/explorerStore');
  return { ...languages, ...catalogue, createExplorerStore };
}

describe('languages loaded on demand', () => {
  it('has English at once and Chinese after loadLanguage', async () => {
    const { languageReady, loadLanguage, format } = await fresh();
    expect(languageReady('en')).toBe(true);
    expect(languageReady('zh-CN')).toBe(false);
    // Not loaded: the message would be English (which is why hosts wait, see below).
    expect(format('zh-CN', 'controlsHeading')).toBe('Controls');
    await loadLanguage('zh-CN');
    expect(languageReady('zh-CN')).toBe(true);
    expect(format('zh-CN', 'controlsHeading')).toBe('控制面板');
    expect(format('zh-CN', 'errNotNumber', { value: 'x' })).toBe('“x”不是数字。');
  });

  it('the store switches language only once its strings are here', async () => {
    const { createExplorerStore, format } = await fresh();
    const store = createExplorerStore();
    const seen: string[] = [];
    store.subscribe((s) => seen.push(`${s.lang}: ${format(s.lang, 'controlsHeading')}`));
    store.getState().setLang('zh-CN');
    expect(store.getState().lang).toBe('en');
    await vi.waitFor(() => expect(store.getState().lang).toBe('zh-CN'));
    // Every state subscribers saw reads in its own language: no English under zh-CN.
    expect(seen).toEqual(['zh-CN: 控制面板']);
  });

  it('apply applies the rest at once and the language when it is here', async () => {
    const { createExplorerStore } = await fresh();
    const store = createExplorerStore();
    // A function of the ReLU family: the fresh modules have its math from the start (the
    // others' load on demand, src/state/lazyMath.test.ts).
    expect(store.getState().apply({ lang: 'zh-CN', fn: 'leaky_relu' })).toEqual([]);
    expect(store.getState()).toMatchObject({ fn: 'leaky_relu', lang: 'en' });
    await vi.waitFor(() => expect(store.getState().lang).toBe('zh-CN'));
    expect(store.getState().fn).toBe('leaky_relu');
  });

  it('a chunk that cannot load leaves the language usable, in English', async () => {
    vi.resetModules();
    vi.doMock('./zh', () => Promise.reject(new Error('offline')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { loadLanguage, languageReady, format } = await fresh();
      await loadLanguage('zh-CN');
      expect(languageReady('zh-CN')).toBe(true);
      expect(format('zh-CN', 'controlsHeading')).toBe('Controls');
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      vi.doUnmock('./zh');
      warn.mockRestore();
    }
  });
});
