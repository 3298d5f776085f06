import { useEffect, useRef, useState } from 'react';

/**
 * `text`, updated at most once per `ms` (first change promptly, the last one always): what a
 * live region announces while a user holds an arrow key or drags, instead of every step.
 */
export function useThrottledText(text: string, ms: number): string {
  const [shown, setShown] = useState(text);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - Date.now());
    const id = setTimeout(() => {
      last.current = Date.now();
      setShown(text);
    }, wait);
    return () => clearTimeout(id);
  }, [text, ms]);
  return shown;
}
