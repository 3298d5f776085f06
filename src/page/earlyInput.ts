/**
 * What a reader does to the page's deferred parts (deferredParts.tsx) before their chunk is in.
 * Until then React keeps their prerendered markup dehydrated, and it drops a click, a change
 * or a key press there: a checkbox would show ticked, a select another function, and nothing
 * would happen. This holds such input from the moment the page is interactive and hands it to
 * React once the part has hydrated: the click, the select's new value, the field's text, Enter
 * and leaving a field, in the order the reader did them.
 */

/** Whether React has hydrated `el`: it then carries its fiber. */
const hydrated = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactFiber$'));

type Held =
  | { kind: 'click'; el: HTMLElement }
  | { kind: 'change'; el: HTMLSelectElement }
  | { kind: 'input'; el: HTMLInputElement; value: string }
  | { kind: 'enter'; el: HTMLInputElement }
  | { kind: 'leave'; el: HTMLInputElement };

/** The input's `value` setter that React's change tracking does not see. */
const setDomValue = (el: HTMLInputElement, value: string) =>
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);

function replay(h: Held) {
  switch (h.kind) {
    case 'click':
      h.el.click();
      break;
    case 'change':
      h.el.dispatchEvent(new Event('change', { bubbles: true }));
      break;
    case 'input':
      // React tracks the value it last saw; hydration saw the text already typed, so it would
      // take an input event for no change. Set its tracked value back to the prerendered one.
      h.el.value = h.el.defaultValue;
      setDomValue(h.el, h.value);
      h.el.dispatchEvent(new Event('input', { bubbles: true }));
      break;
    case 'enter':
      h.el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      break;
    case 'leave':
      h.el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      break;
  }
}

/**
 * Starts holding input on dehydrated controls in `root` while `pending()` is true (the parts'
 * chunk is not in; once it is, React hydrates a part at the first event on it by itself).
 * Returns the function to call when the chunk is in: it replays what was held once every
 * element involved has hydrated, and stops holding.
 */
export function holdEarlyInput(root: Element, pending: () => boolean): () => void {
  const held: Held[] = [];
  const waiting = (target: EventTarget | null, selector: string) => {
    const el = target instanceof Element ? target.closest(selector) : null;
    return el && root.contains(el) && pending() && !hydrated(el) ? el : null;
  };
  const listeners: Record<string, (e: Event) => void> = {
    click(e) {
      const el = waiting(e.target, 'button, input');
      if (!(el instanceof HTMLElement)) return;
      // A checkbox would tick now and React's state would not: it ticks when replayed.
      if (el instanceof HTMLInputElement) e.preventDefault();
      held.push({ kind: 'click', el });
    },
    change(e) {
      const el = waiting(e.target, 'select');
      if (el instanceof HTMLSelectElement) held.push({ kind: 'change', el });
    },
    input(e) {
      const el = waiting(e.target, 'input');
      if (el instanceof HTMLInputElement && el.type !== 'checkbox')
        held.push({ kind: 'input', el, value: el.value });
    },
    keydown(e) {
      const el = waiting(e.target, 'input');
      if (el instanceof HTMLInputElement && (e as KeyboardEvent).key === 'Enter')
        held.push({ kind: 'enter', el });
    },
    focusout(e) {
      const el = waiting(e.target, 'input');
      if (el instanceof HTMLInputElement && el.type !== 'checkbox')
        held.push({ kind: 'leave', el });
    },
  };
  for (const [type, listener] of Object.entries(listeners))
    document.addEventListener(type, listener, true);
  const stop = () => {
    for (const [type, listener] of Object.entries(listeners))
      document.removeEventListener(type, listener, true);
  };
  return () => {
    stop();
    let frames = 0;
    const flush = () => {
      // React hydrates the parts in the commits after their chunk is in; give up after ~2 s.
      if (held.some((h) => !hydrated(h.el)) && ++frames < 120) {
        requestAnimationFrame(flush);
        return;
      }
      // One at a time, each in a task of its own: React renders what one did (a field's text)
      // before the next (Enter) reads it.
      const next = () => {
        const h = held.shift();
        if (!h) return;
        replay(h);
        setTimeout(next, 0);
      };
      next();
    };
    flush();
  };
}
