import { useLayoutEffect, type RefObject } from 'react';

const sheets = new Map<string, CSSStyleSheet>();
const styled = new Map<string, WeakSet<Node>>();

/**
 * Puts a lazily loaded part's own CSS (imported `?inline`) into the document or shadow root
 * that `ref`'s element renders in, once per root and before the first paint: its styles load
 * with the part, not with the figure, and reach an element's shadow root as well as the page.
 * A constructed stylesheet needs no `style-src 'unsafe-inline'`; where there are none, a
 * `<style>` element.
 */
export function useOwnStyles(ref: RefObject<Element | null>, css: string): void {
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) adopt(root, css);
  }, [ref, css]);
}

function adopt(root: Document | ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  let roots = styled.get(css);
  if (!roots) styled.set(css, (roots = new WeakSet()));
  if (roots.has(root)) return;
  roots.add(root);
  const style = document.createElement('style');
  style.textContent = css;
  (root instanceof Document ? root.head : root).append(style);
}
