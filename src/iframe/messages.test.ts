import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore, defaultState } from '../state/explorerStore';
import { SETTLE_MS } from '../state/watchValue';
import { readSetMessage, startMessages } from './messages';

const start = { ...defaultState('en'), fn: 'leaky_relu', params: { alpha: 0.1 } };

/** An embed view's window: its parent records what is posted; messages are dispatched to it. */
function frame() {
  const parent = { postMessage: vi.fn() };
  const win = Object.assign(new EventTarget(), { parent }) as unknown as Window;
  const send = (data: unknown, source: unknown = parent) =>
    win.dispatchEvent(Object.assign(new Event('message'), { data, source }));
  return { win, parent, send };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('set messages from the parent', () => {
  it('apply URL parameters, validated as in the URL', () => {
    const store = createExplorerStore(start);
    const { win, send } = frame();
    startMessages(store, undefined, win);
    send({
      type: 'activation-explorer:set',
      patch: { alpha: 0.2, xmin: '-3', cmp: ['relu', 'elu'], d: false },
    });
    expect(store.getState()).toMatchObject({
      params: { alpha: 0.2 },
      range: [-3, 5],
      cmp: ['relu', 'elu'],
      showDerivative: false,
    });
    // Clamped like alpha=99 in a URL.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    send({ type: 'activation-explorer:set', patch: { alpha: 99 } });
    expect(store.getState().params.alpha).toBe(1);
  });

  it('ignore every other shape, source and value, keeping the last valid state', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createExplorerStore(start);
    const before = store.getState();
    const { win, send } = frame();
    startMessages(store, undefined, win);
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      'activation-explorer:set',
      ['activation-explorer:set', { alpha: 0.5 }],
      { type: 'activation-explorer:set' },
      { type: 'activation-explorer:set', patch: 'alpha=0.5' },
      { type: 'activation-explorer:set', patch: [0.5] },
      { type: 'activation-explorer:set', patch: null },
      { type: 'activation-explorer:set', patch: new Date() },
      { type: 'ACTIVATION-EXPLORER:SET', patch: { alpha: 0.5 } },
      { type: ['activation-explorer:set'], patch: { alpha: 0.5 } },
      Object.assign(Object.create({ type: 'activation-explorer:set' }), { patch: { alpha: 0.5 } }),
      { type: 'activation-explorer:set', patch: Object.create({ alpha: 0.5 }) },
      { type: 'activation-explorer:set', patch: JSON.parse('{"__proto__": {"alpha": 0.5}}') },
      {
        type: 'activation-explorer:set',
        patch: { constructor: 'x', toString: 'y', hasOwnProperty: 1 },
      },
      { type: 'activation-explorer:set', patch: { alpha: { valueOf: () => 0.5 } } },
      { type: 'activation-explorer:set', patch: { alpha: [0.5] } },
      { type: 'activation-explorer:set', patch: { alpha: null } },
      { type: 'activation-explorer:set', patch: { alpha: 'abc' } },
      { type: 'activation-explorer:set', patch: { alpha: 'NaN' } },
      { type: 'activation-explorer:set', patch: { alpha: '0.5'.padEnd(1e6, '0') } },
      { type: 'activation-explorer:set', patch: { fn: 'x'.repeat(1e6) } },
      { type: 'activation-explorer:set', patch: { fn: 'nope', xmin: 9, xmax: 1 } },
      { type: 'activation-explorer:set', patch: { cmp: Array(100).fill('relu') } },
      { type: 'activation-explorer:set', patch: { theme: 'sepia', lang: 'fr' } },
    ];
    for (const data of hostile) send(data);
    // From anyone but the parent, even a valid message is ignored.
    send({ type: 'activation-explorer:set', patch: { alpha: 0.5 } }, null);
    send({ type: 'activation-explorer:set', patch: { alpha: 0.5 } }, { postMessage() {} });
    expect(store.getState()).toEqual(before);
    expect(({} as Record<string, unknown>).alpha).toBeUndefined();
    // Each refused value is named in a warning; long values are cut short in it.
    expect(warn.mock.calls.length).toBeGreaterThan(10);
    expect(warn.mock.calls.every(([m]) => String(m).length < 300)).toBe(true);
  });

  it('reads only own keys of a plain object', () => {
    expect(readSetMessage({ type: 'activation-explorer:set', patch: {} })?.refused).toEqual([]);
    const r = readSetMessage({
      type: 'activation-explorer:set',
      patch: JSON.parse('{"__proto__": "x", "alpha": "0.3"}'),
    })!;
    expect(r.read('alpha')).toBe('0.3');
    expect(r.read('__proto__')).toBeNull();
    expect(r.read('toString')).toBeNull();
    expect(r.refused).toEqual(['__proto__']);
  });
});

describe('change messages to the parent', () => {
  it('post the settled value once per change, with the id, and never for what the parent set', () => {
    vi.useFakeTimers();
    const store = createExplorerStore(start);
    const { win, parent, send } = frame();
    startMessages(store, 'fig-2', win);
    store.getState().setParam('alpha', 0.2);
    store.getState().setParam('alpha', 0.3);
    expect(parent.postMessage).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    const [message, origin] = parent.postMessage.mock.calls[0]!;
    expect(origin).toBe('*');
    expect(message).toEqual({
      type: 'activation-explorer:change',
      id: 'fig-2',
      value: {
        fn: 'leaky_relu',
        params: { alpha: 0.3 },
        xmin: -5,
        xmax: 5,
        cmp: [],
        derivative: true,
        diff: false,
      },
    });
    send({ type: 'activation-explorer:set', patch: { alpha: 0.4 } });
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
  });

  it('do nothing outside an iframe', () => {
    const store = createExplorerStore(start);
    const win = new EventTarget() as unknown as Window & { parent: unknown };
    win.parent = win;
    const stop = startMessages(store, undefined, win);
    win.dispatchEvent(
      Object.assign(new Event('message'), {
        data: { type: 'activation-explorer:set', patch: { alpha: 0.5 } },
        source: win,
      }),
    );
    expect(store.getState().params.alpha).toBe(0.1);
    stop();
  });
});
