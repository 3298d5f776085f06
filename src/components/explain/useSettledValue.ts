import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`: expensive derived views (the properties
 * analysis takes a few milliseconds) then run once when a dragged slider pauses instead of on
 * every step, keeping each step within a frame.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const id = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(id);
  }, [value, settled, delayMs]);
  return settled;
}
