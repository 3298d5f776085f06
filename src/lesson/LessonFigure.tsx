import { useEffect, useRef, useState } from 'react';
import { RESIZE_MESSAGE_TYPE } from '../iframe/resize';

export interface LessonFigureProps {
  /** The embed view's URL (see figureUrl.ts). */
  src: string;
  /** The frame's accessible name. */
  title: string;
  /** Height until the embed reports its own. */
  height: number;
}

/** Sanity bounds for a reported height: a hostile or broken frame cannot blow up the page. */
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 5000;

/**
 * One step's figure as an author embeds it: an iframe of the embed view, sized by the embed's
 * `activation-explorer:resize` messages exactly as the auto-size snippet in docs/embedding.md
 * does (only messages from this frame's own window count).
 */
export function LessonFigure({ src, title, height }: LessonFigureProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [fitted, setFitted] = useState<number | null>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { type?: unknown; height?: unknown } | null;
      if (data?.type !== RESIZE_MESSAGE_TYPE || e.source !== frame.current?.contentWindow) return;
      if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
      setFitted(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height))));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <iframe
      ref={frame}
      className="ae-lesson-frame"
      src={src}
      title={title}
      width="100%"
      height={fitted ?? height}
      loading="lazy"
    />
  );
}
