// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhenNear } from './WhenNear';

/** A stand-in for the browser's IntersectionObserver (jsdom has none) that tests drive by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** Reports each observed element as intersecting (or not) the widened viewport. */
  report(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as never);
  }
}

let idleCallbacks: Map<number, IdleRequestCallback>;

function installBrowserApis({ idle }: { idle: boolean }) {
  FakeObserver.all = [];
  idleCallbacks = new Map();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  if (idle) {
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
      idleCallbacks.set(next, cb);
      return next++;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => idleCallbacks.delete(id));
  } else {
    vi.stubGlobal('requestIdleCallback', undefined);
  }
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const view = () => (
  <WhenNear className="box" placeholder={<p>waiting</p>}>
    <p>content</p>
  </WhenNear>
);

describe('WhenNear', () => {
  it('prerenders the placeholder, so hydration meets the same markup', () => {
    const html = renderToString(view());
    expect(html).toContain('waiting');
    expect(html).not.toContain('content');
    expect(html).toContain('class="box"');
  });

  it('shows the content once the placeholder comes within a screen of the viewport', () => {
    installBrowserApis({ idle: true });
    render(view());
    expect(screen.getByText('waiting')).toBeTruthy();
    const [observer] = FakeObserver.all;
    expect(observer?.options.rootMargin).toBe('100% 0px');
    expect(observer?.observed[0]?.className).toBe('box');
    act(() => observer?.report(false));
    expect(screen.queryByText('content')).toBeNull();
    act(() => observer?.report(true));
    expect(screen.getByText('content')).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
    // Shown for good: nothing is left watching or waiting.
    expect(observer?.disconnected).toBe(true);
    expect(idleCallbacks.size).toBe(0);
  });

  it('shows the content when the browser is first idle, even far from the viewport', () => {
    installBrowserApis({ idle: true });
    render(view());
    expect(idleCallbacks.size).toBe(1);
    const [cb] = idleCallbacks.values();
    act(() => cb?.({ didTimeout: false, timeRemaining: () => 10 }));
    expect(screen.getByText('content')).toBeTruthy();
    expect(FakeObserver.all[0]?.disconnected).toBe(true);
  });

  it('waits a fixed delay where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    installBrowserApis({ idle: false });
    render(view());
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByText('content')).toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('content')).toBeTruthy();
  });

  it('stops watching when it goes away before showing anything', () => {
    installBrowserApis({ idle: true });
    const { unmount } = render(view());
    unmount();
    expect(FakeObserver.all[0]?.disconnected).toBe(true);
    expect(idleCallbacks.size).toBe(0);
  });

  it('shows the content at once without IntersectionObserver', () => {
    render(view());
    expect(screen.getByText('content')).toBeTruthy();
  });
});
