import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore, defaultState } from '../state/explorerStore';
import { createDemosStore } from './store';
import { demosSearch, startDemosUrlSync } from './urlSync';

function fakeWindow(search: string) {
  const listeners = new Map<string, () => void>();
  const win = {
    location: { pathname: '/', search, hash: '' },
    history: {
      state: null,
      replaceState: vi.fn((_s: unknown, _t: string, url: string) => {
        win.location.search = url.slice(1).replace(/#.*/, '');
      }),
    },
    addEventListener: (type: string, l: () => void) => listeners.set(type, l),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { win, listeners };
}

describe('demosSearch', () => {
  it('writes the view first, our non-defaults, then anyone else’s keys as they were', () => {
    const demos = createDemosStore();
    demos.getState().update('depth', { fn: ['relu', 'elu'] });
    const explorer = createExplorerStore({ ...defaultState('en'), theme: 'dark' });
    expect(demosSearch('?utm=x&depth.width=3&view=cost', 'cost', demos, explorer, 'en')).toBe(
      '?view=cost&depth.fn=relu,elu&theme=dark&utm=x',
    );
  });
});

describe('startDemosUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the canonical query at once, then once per pause in changes', () => {
    const { win } = fakeWindow('?view=dying&dying.lr=0.07&lang=en');
    const demos = createDemosStore();
    const explorer = createExplorerStore(defaultState('en'));
    const stop = startDemosUrlSync(demos, explorer, {
      view: 'dying',
      defaultLang: 'en',
      win: win as never,
    });
    expect(win.location.search).toBe('?view=dying');
    demos.getState().update('dying', { units: 9 });
    demos.getState().update('dying', { units: 10 });
    explorer.getState().setLang('zh-CN');
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(win.history.replaceState).toHaveBeenCalledTimes(2);
    expect(win.location.search).toBe('?view=dying&dying.units=10&lang=zh-CN');
    demos.getState().update('dying', { units: 11 });
    stop(); // flushes the pending write
    expect(win.location.search).toBe('?view=dying&dying.units=11&lang=zh-CN');
  });
});
