import type { Quantity } from '../../audio/trace';

/** Fields where typing P means the letter: the shortcut stays out of them. */
const TYPING = 'textarea, select, [contenteditable=""], [contenteditable="true"], input';
const NOT_TYPING = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset']);

/**
 * The quantity a keydown asks the audio trace to play: P for f, Shift+P for f′ (by physical key
 * or by letter, so it works with any keyboard layout), or null. Not with Ctrl, Alt or Meta
 * (browser and system shortcuts) and not while typing into a field.
 */
export function isTraceShortcut(e: KeyboardEvent): Quantity | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return null;
  if (e.code !== 'KeyP' && e.key.toLowerCase() !== 'p') return null;
  const target = e.target instanceof Element ? e.target : null;
  const field = target?.closest(TYPING);
  if (field && !(field instanceof HTMLInputElement && NOT_TYPING.has(field.type))) return null;
  return e.shiftKey ? 'df' : 'f';
}
