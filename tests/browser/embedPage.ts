// Helpers for the embedding browser tests: the examples page (two iframes, two web components
// under a strict CSP) and the probes it is watched with.
import type { Frame, Locator, Page } from 'playwright-core';
import { appURL } from './helpers';

/** The embedding test page, served next to the build it embeds. */
export const EXAMPLE_PAGE = 'examples/embed-test.html';

/** What the init script records in every frame of the page. */
export interface Probe {
  /** Storage and cookie APIs touched, by name. */
  storage: string[];
  /** `securitypolicyviolation` events: directive and blocked URI. */
  csp: string[];
  /** `activation-explorer:resize` messages received by the top page: iframe id and height. */
  resize: { frame: string; height: number }[];
  /** `change` events from `<activation-explorer>` elements: element id and detail. */
  changes: { id: string; type: string; detail: unknown }[];
}

/**
 * Runs in every frame before the page's scripts: records any access to cookies and storage
 * (a page that touches them goes blank as a third-party iframe), CSP violations, resize
 * messages and the elements' change events.
 */
export function installProbe(): void {
  const probe: Probe = { storage: [], csp: [], resize: [], changes: [] };
  (window as unknown as { __aeProbe: Probe }).__aeProbe = probe;
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
    const d =
      Object.getOwnPropertyDescriptor(window, name) ??
      Object.getOwnPropertyDescriptor(Window.prototype, name);
    if (!d?.get) continue;
    const get = d.get;
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        probe.storage.push(name);
        return get.call(window);
      },
    });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        probe.storage.push('cookie');
        return get.call(document);
      },
      set(v: string) {
        probe.storage.push('cookie');
        set.call(document, v);
      },
    });
  }
  document.addEventListener('securitypolicyviolation', (e) =>
    probe.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  addEventListener('message', (e: MessageEvent) => {
    const data = e.data as { type?: string; height?: number } | null;
    if (data?.type !== 'activation-explorer:resize') return;
    const frame = [...document.querySelectorAll('iframe')].find(
      (f) => f.contentWindow === e.source,
    );
    probe.resize.push({ frame: frame?.id ?? '?', height: Number(data.height) });
  });
  // The element's events, and the native name it must not use.
  for (const type of ['activation-explorer-input', 'activation-explorer-change', 'change'])
    document.addEventListener(type, (e) => {
      const t = e.target as Element;
      if (t.localName === 'activation-explorer')
        probe.changes.push({ id: t.id, type, detail: (e as CustomEvent).detail });
    });
}

/** Opens the example page with the probe installed; resolves once all four figures drew. */
export async function openExamplePage(page: Page): Promise<void> {
  await page.addInitScript(installProbe);
  await page.goto(appURL(EXAMPLE_PAGE), { waitUntil: 'load' });
  for (const id of ['wc-a', 'wc-b']) await waitForPaths(page.locator(`#${id}`));
  for (const id of ['frame-a', 'frame-b'])
    await waitForPaths(page.frameLocator(`#${id}`).locator('body'));
}

/** The frame shown by the iframe with this id. */
export async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`iframe#${id} has no frame`);
  return frame;
}

/** Waits until `scope` shows at least one SVG path with a `d`. */
export async function waitForPaths(scope: Locator, timeout = 15_000): Promise<void> {
  await scope.locator('svg path[d]').first().waitFor({ state: 'attached', timeout });
}

/** The `d` of every path of the plot in `scope`, in document order. */
export function pathsOf(scope: Locator): Promise<string[]> {
  return scope
    .locator('svg.ae-plot-svg path')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
}

/** The page's probe (top frame, or the given frame). */
export function probeOf(target: Page | Frame): Promise<Probe> {
  return target.evaluate(() => (window as unknown as { __aeProbe: Probe }).__aeProbe);
}
