import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { mergeSearch, mirrorUrl, queryString, type UrlWindow } from './mirrorUrl';

const ours = (s: string) => new URLSearchParams(s);
const owns = (k: string) => k === 'a' || k === 'b';

describe('mergeSearch', () => {
  it('replaces our keys and keeps the others in their order, before ours by default', () => {
    expect(mergeSearch('?x=1&a=old&y=2', ours('a=new&b=2'), owns)).toBe('?x=1&y=2&a=new&b=2');
    expect(mergeSearch('?x=1&a=old&y=2', ours('a=new'), owns, false)).toBe('?a=new&x=1&y=2');
  });

  it('writes an empty query as nothing, and lists with readable commas', () => {
    expect(mergeSearch('?a=1', ours(''), owns)).toBe('');
    expect(mergeSearch('', ours('a=relu,elu'), owns)).toBe('?a=relu,elu');
    expect(queryString(ours('q=1%2C2&r=%26'))).toBe('q=1,2&r=%26');
  });
});

describe('mirrorUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at start, then once per pause in changes of any source', () => {
    const location = { pathname: '/p', search: '?x=1&a=stale', hash: '#h' };
    const replaceState = vi.fn((_: unknown, __: string, url: string) => {
      location.search = url.slice(location.pathname.length).replace(/#.*/, '');
    });
    const win = {
      location,
      history: { state: null, replaceState },
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as UrlWindow;
    const one = createStore(() => ({ a: 1 }));
    const two = createStore(() => ({ b: 1 }));
    const stop = mirrorUrl({
      encode: () => ours(`a=${one.getState().a}&b=${two.getState().b}`),
      owns,
      sources: [one, two],
      delayMs: 50,
      win,
    });
    expect(replaceState).toHaveBeenLastCalledWith(null, '', '/p?x=1&a=1&b=1#h');
    one.setState({ a: 2 });
    two.setState({ b: 3 });
    vi.advanceTimersByTime(49);
    expect(replaceState).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(replaceState).toHaveBeenCalledTimes(2);
    expect(location.search).toBe('?x=1&a=2&b=3');
    stop();
    two.setState({ b: 4 });
    vi.runAllTimers();
    expect(replaceState).toHaveBeenCalledTimes(2);
  });
});
