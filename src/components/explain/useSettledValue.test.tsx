// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from './useSettledValue';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Shows({ value, delayMs }: { value: number; delayMs: number }) {
  return <span>{useSettledValue(value, delayMs)}</span>;
}

/** Two views settling the same value; the commits React makes, with what they show. */
function setup(delays: [number, number]) {
  const commits: string[] = [];
  const container = document.body.appendChild(document.createElement('div'));
  const tree = (value: number) => (
    <Profiler id="views" onRender={() => commits.push(container.textContent ?? '')}>
      <Shows value={value} delayMs={delays[0]} />
      <Shows value={value} delayMs={delays[1]} />
    </Profiler>
  );
  const { rerender } = render(tree(1), { container });
  commits.length = 0;
  return { commits, container, set: (v: number) => rerender(tree(v)) };
}

describe('useSettledValue', () => {
  it('follows a value once it stops changing for the delay', () => {
    const { container, set } = setup([150, 150]);
    set(2);
    act(() => void vi.advanceTimersByTime(100));
    set(3);
    act(() => void vi.advanceTimersByTime(100));
    expect(container.textContent).toBe('11');
    act(() => void vi.advanceTimersByTime(50));
    expect(container.textContent).toBe('33');
  });

  it('settles views that started settling together in one render', () => {
    const { commits, set } = setup([150, 150]);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    set(2);
    expect(commits).toEqual(['11']);
    // One timer for both, so one task sets both (separate timers are separate tasks, each with
    // its own render, layout and paint in a browser).
    expect(timers.mock.calls.filter(([, ms]) => ms === 150)).toHaveLength(1);
    act(() => void vi.advanceTimersByTime(150));
    // One commit shows both: never one view settled and the other not.
    expect(commits).toEqual(['11', '22']);
  });

  it('keeps different delays apart', () => {
    const { commits, set } = setup([100, 150]);
    set(2);
    act(() => void vi.advanceTimersByTime(100));
    act(() => void vi.advanceTimersByTime(50));
    expect(commits).toEqual(['11', '21', '22']);
  });
});
