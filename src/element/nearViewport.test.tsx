// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pressOnSlider } from '../components/explorer.testing';
import { createElementClass } from './element';
import { watchNearViewport } from './nearViewport';

vi.mock('../components/plot/PlotPanel', () => ({ PlotPanel: () => <div data-testid="plot" /> }));

/** A stand-in IntersectionObserver the test moves by hand: `scrollTo(distance in screens)`. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly screens: number;
  target: Element | null = null;
  constructor(
    readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit,
  ) {
    this.screens = Number.parseFloat(options.rootMargin ?? '0') / 100;
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.target = target;
  }
  disconnect() {
    this.target = null;
  }
}

/** Reports the target `screens` screen heights away from the viewport to every live observer. */
function scrollTo(screens: number) {
  for (const o of FakeObserver.all)
    if (o.target)
      o.callback(
        [{ isIntersecting: screens <= o.screens, target: o.target } as IntersectionObserverEntry],
        o as unknown as IntersectionObserver,
      );
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.all = [];
});

describe('watchNearViewport', () => {
  it('without IntersectionObserver, calls near at once and never far', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const near = vi.fn();
    const far = vi.fn();
    watchNearViewport(document.body, near, far);
    expect(near).toHaveBeenCalledTimes(1);
    expect(far).not.toHaveBeenCalled();
  });

  it('is near within one screen, far beyond three, once per crossing', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const calls: string[] = [];
    const stop = watchNearViewport(
      document.body,
      () => calls.push('near'),
      () => calls.push('far'),
    );
    for (const d of [5, 2, 1, 0.5, 2, 3, 3.5, 10, 2, 0.9]) scrollTo(d);
    expect(calls).toEqual(['near', 'far', 'near']);
    stop();
    scrollTo(10);
    expect(calls).toHaveLength(3);
  });
});

describe('<activation-explorer> near the viewport', () => {
  const TAG = 'ae-near-explorer';
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    customElements.define(TAG, createElementClass({ css: '' }));
  });

  it('mounts when near, leaves an inert copy of its last frame when far, and comes back live', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const el = document.createElement(TAG);
    el.setAttribute('fn', 'leaky_relu');
    el.setAttribute('controls', 'alpha');
    await act(async () => document.body.append(el));
    const mount = () => el.shadowRoot?.lastElementChild as HTMLElement | undefined;
    expect(mount()?.childElementCount ?? 0).toBe(0);

    await act(async () => scrollTo(0.5));
    const slider = () => within(mount()!).getByRole<HTMLInputElement>('slider');
    await act(async () => pressOnSlider(slider(), 'ArrowRight'));
    const live = mount()!.innerHTML;
    expect(slider().value).not.toBe('0.01');

    await act(async () => scrollTo(4));
    expect(mount()!.inert).toBe(true);
    expect(mount()!.innerHTML).toBe(live);

    await act(async () => scrollTo(0.5));
    expect(mount()!.inert).toBe(false);
    // A new React root: the same figure and state, only React's generated ids differ.
    const ids = (html: string) => html.replace(/_r_\w+_/g, 'id');
    expect(ids(mount()!.innerHTML)).toBe(ids(live));
    await act(async () => pressOnSlider(slider(), 'ArrowRight'));
    expect(mount()!.innerHTML).not.toBe(live);
    await act(async () => document.body.replaceChildren());
  });
});
