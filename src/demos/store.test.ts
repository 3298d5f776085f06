import { describe, expect, it } from 'vitest';
import { createDemosStore, settingsOf } from './store';
import { defaultSettings } from './schema';

describe('demos store', () => {
  it('starts from the defaults, or the settings it is given', () => {
    expect(settingsOf(createDemosStore().getState())).toEqual(defaultSettings());
    const s = defaultSettings();
    s.dying.units = 12;
    expect(createDemosStore(s).getState().dying.units).toBe(12);
  });

  it('update validates every value: snapped, clamped, unknown keys and bad values dropped', () => {
    const store = createDemosStore();
    store.getState().update('dying', { units: 100, shift: -0.26, lr: 0.07 });
    expect(store.getState().dying).toMatchObject({ units: 64, shift: -0.3, lr: 0.05 });
    store.getState().update('depth', { init: 'lecun' as 'he', fn: [] });
    expect(store.getState().depth.init).toBe('he');
    expect(store.getState().depth.fn).toEqual(['relu', 'tanh', 'sigmoid']);
    store.getState().update('depth', { nope: 1 } as never);
    expect(Object.keys(store.getState().depth)).not.toContain('nope');
  });

  it('does not notify when nothing changes; resetDemo restores one demo only', () => {
    const store = createDemosStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().update('depth', { fn: ['relu', 'tanh', 'sigmoid'], width: 32 });
    expect(calls).toBe(0);
    store.getState().update('depth', { width: 8 });
    store.getState().update('prelu', { alpha: 'shared' });
    store.getState().resetDemo('depth');
    expect(store.getState().depth.width).toBe(32);
    expect(store.getState().prelu.alpha).toBe('shared');
  });
});
