// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementWidth } from './useElementWidth';

/** A ResizeObserver that never reports, as before the browser's first frame. */
class SilentObserver {
  static observed: Element[] = [];
  observe(el: Element) {
    SilentObserver.observed.push(el);
  }
  disconnect() {}
}

function Probe({ width, padding }: { width: number; padding: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(ref, 836);
  return (
    <div
      ref={(el) => {
        ref.current = el;
        if (el) el.getBoundingClientRect = () => ({ width }) as DOMRect;
      }}
      style={{ padding, border: '1px solid' }}
    >
      <output>{measured}</output>
    </div>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  SilentObserver.observed = [];
});

describe('useElementWidth', () => {
  it('has the content width from the first commit, before the observer reports', () => {
    vi.stubGlobal('ResizeObserver', SilentObserver);
    render(<Probe width={600.4} padding="0 10px" />);
    // 600.4 − 2 × 10 px padding − 2 × 1 px border, rounded as the observer's reports are.
    expect(screen.getByRole('status').textContent).toBe('578');
    expect(SilentObserver.observed).toHaveLength(1);
  });

  it('keeps the fallback for an element that is not laid out', () => {
    vi.stubGlobal('ResizeObserver', SilentObserver);
    render(<Probe width={0} padding="0" />);
    expect(screen.getByRole('status').textContent).toBe('836');
  });
});
