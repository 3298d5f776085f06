/**
 * Which page a query string asks for: `?view=why` (every demo) or `?view=<demo>` (one demo) is
 * the "Why ReLU works" page; no `view` at all is the explorer. Any other value still opens the
 * demos page, with a notice, so a mistyped link shows something useful rather than the wrong
 * app. Part of the first load (main.tsx reads it before anything renders), so it is this one
 * function; the views themselves are in `views.ts`, loaded with the demos.
 */
export function viewParam(search: string): string | null {
  return new URLSearchParams(search).get('view');
}

/** `?view=lesson`: the guided lesson (src/lesson), loaded on demand like the demos. */
export const LESSON_VIEW = 'lesson';
