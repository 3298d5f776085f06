import { fireEvent, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExplorerProvider } from '../state/context';
import { createExplorerStore, type ExplorerState } from '../state/explorerStore';
import type { Notice } from '../state/urlCodec';
import { FullExplorer } from '../parts/FullExplorer';

/** Renders one full explorer (the page's) with its own store; returns the store too. */
export function renderExplorer(initial?: Partial<ExplorerState>, notices?: readonly Notice[]) {
  const store = createExplorerStore(initial);
  const user = userEvent.setup();
  const view = render(
    <ExplorerProvider store={store}>
      <FullExplorer notices={notices} headingLevel={1} />
    </ExplorerProvider>,
  );
  return { ...view, store, user };
}

/** Sets a value the way the browser does, bypassing React's value tracker. */
function setNativeValue(el: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
}

/**
 * A key press on a native range input, with the browser's default action (jsdom has none):
 * arrows step, Home/End jump to the ends, then an `input` event fires as in a browser.
 */
export function pressOnSlider(slider: HTMLInputElement, key: string) {
  if (!fireEvent.keyDown(slider, { key })) return;
  if (key === 'ArrowRight' || key === 'ArrowUp') slider.stepUp();
  else if (key === 'ArrowLeft' || key === 'ArrowDown') slider.stepDown();
  else if (key === 'Home') setNativeValue(slider, slider.min);
  else if (key === 'End') setNativeValue(slider, slider.max);
  fireEvent.input(slider);
  fireEvent.keyUp(slider, { key });
}
