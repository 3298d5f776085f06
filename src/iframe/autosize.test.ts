// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { autosizeIframes } from './autosize';

/** public/embed/autosize.js, run as a page runs a classic script; returns a stop function. */
function runPublicFile(): () => void {
  const code = readFileSync(join(process.cwd(), 'public/embed/autosize.js'), 'utf8');
  const added: EventListenerOrEventListenerObject[] = [];
  const add = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject) => {
    added.push(fn);
    add(type, fn);
  }) as typeof window.addEventListener;
  try {
    new Function(code)();
  } finally {
    window.addEventListener = add;
  }
  return () => {
    for (const fn of added) window.removeEventListener('message', fn);
    delete (window as { __activationExplorerAutosize?: boolean }).__activationExplorerAutosize;
  };
}

const hosts = { module: () => autosizeIframes(), 'public/embed/autosize.js': runPublicFile };

function frames(): [HTMLIFrameElement, HTMLIFrameElement] {
  document.body.innerHTML = '<iframe id="a"></iframe><iframe id="b"></iframe>';
  return [...document.querySelectorAll('iframe')] as [HTMLIFrameElement, HTMLIFrameElement];
}

const post = (data: unknown, source: Window | null) =>
  window.dispatchEvent(new MessageEvent('message', { data, source }));

describe.each(Object.entries(hosts))('autosize helper: %s', (_name, start) => {
  let stop = () => {};
  afterEach(() => stop());

  it('sizes only the frame whose window sent the message', () => {
    const [a, b] = frames();
    stop = start();
    post({ type: 'activation-explorer:resize', height: 431.2 }, a.contentWindow);
    expect(a.style.height).toBe('432px');
    expect(b.style.height).toBe('');
  });

  it('ignores other shapes, non-finite heights and unknown sources', () => {
    const [a] = frames();
    stop = start();
    for (const data of [
      null,
      'activation-explorer:resize',
      { type: 'other', height: 300 },
      { type: 'activation-explorer:resize', height: '300' },
      { type: 'activation-explorer:resize', height: Number.NaN },
      { type: 'activation-explorer:resize', height: Infinity },
    ])
      post(data, a.contentWindow);
    post({ type: 'activation-explorer:resize', height: 300 }, null);
    expect(a.style.height).toBe('');
  });

  it('keeps heights within 120–5000 px', () => {
    const [a] = frames();
    stop = start();
    post({ type: 'activation-explorer:resize', height: 1e9 }, a.contentWindow);
    expect(a.style.height).toBe('5000px');
    post({ type: 'activation-explorer:resize', height: -5 }, a.contentWindow);
    expect(a.style.height).toBe('120px');
  });

  it('stops listening when stopped', () => {
    const [a] = frames();
    start()();
    post({ type: 'activation-explorer:resize', height: 300 }, a.contentWindow);
    expect(a.style.height).toBe('');
  });
});
