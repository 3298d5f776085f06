// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { decode as decodeDemos } from '../demos/codec';
import { RESIZE_MESSAGE_TYPE } from '../iframe/resize';
import type { Lang } from '../i18n/types';
import { createExplorerStore, defaultState } from '../state/explorerStore';
import { decode as decodeExplorer } from '../state/urlCodec';
import { LessonApp } from './LessonApp';
import { STEP_COUNT } from './steps';
import { decodeLesson } from './url';

afterEach(cleanup);

/** Opens the lesson at `search` + `hash`, as mount.tsx does, in a browser whose language is `en`. */
function renderLesson(search: string, hash = '', defaultLang: Lang = 'en') {
  window.history.replaceState(null, '', `/${search}${hash}`);
  const decoded = decodeLesson(search, hash);
  const explorer = createExplorerStore({
    ...defaultState(defaultLang),
    ...(decoded.lang && { lang: decoded.lang }),
    ...(decoded.theme && { theme: decoded.theme }),
  });
  const user = userEvent.setup();
  return {
    ...render(<LessonApp explorer={explorer} decoded={decoded} defaultLang={defaultLang} />),
    user,
    explorer,
  };
}

const stepHeading = () => screen.getByRole('heading', { level: 3 });
const frame = () => document.querySelector('iframe')!;
const current = () =>
  screen.getByRole('navigation', { name: 'Steps' }).querySelector('[aria-current="step"]');

describe('the lesson', () => {
  it('opens at step 1 with the step list, the figure and the question', () => {
    renderLesson('?view=lesson');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Lesson: ReLU in seven steps' }),
    ).toBeTruthy();
    expect(stepHeading().textContent).toBe('What ReLU is');
    expect(screen.getByText('Step 1 of 7')).toBeTruthy();
    const steps = within(screen.getByRole('navigation', { name: 'Steps' })).getAllByRole('link');
    expect(steps).toHaveLength(STEP_COUNT);
    expect(current()?.textContent).toBe('What ReLU is');
    expect(frame().getAttribute('src')).toBe('embed.html?d=0&lang=en&controls=none');
    expect(frame().title).toBe('Activation Explorer: ReLU');
    expect(screen.queryByRole('link', { name: /^Previous/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the explorer' }).getAttribute('href')).toBe(
      '?lang=en',
    );
    expect(window.location.search).toBe('?view=lesson&step=1');
  });

  it('moves with the next and previous links, adding history and focusing the new step', async () => {
    const { user } = renderLesson('?view=lesson&step=1');
    const before = window.history.length;
    await user.click(screen.getByRole('link', { name: 'Next: Its derivative, and the kink at 0' }));
    expect(stepHeading().textContent).toBe('Its derivative, and the kink at 0');
    expect(document.activeElement).toBe(stepHeading());
    expect(window.location.search).toBe('?view=lesson&step=2');
    expect(window.history.length).toBe(before + 1);
    await user.click(screen.getByRole('link', { name: 'Previous: What ReLU is' }));
    expect(stepHeading().textContent).toBe('What ReLU is');
  });

  it('goes back a step with the browser’s Back', async () => {
    const { user } = renderLesson('?view=lesson&step=3');
    await user.click(screen.getByRole('link', { name: /^Next/ }));
    expect(stepHeading().textContent).toBe('Gradients through many layers');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(stepHeading().textContent).toBe('It is cheap to compute');
    expect(window.location.search).toBe('?view=lesson&step=3');
  });

  it('moves with ← and → (not while typing in a field), and stops at either end', () => {
    renderLesson('?view=lesson&step=6');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(stepHeading().textContent).toBe('The variants');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(stepHeading().textContent).toBe('The variants');
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(window.location.search).toBe('?view=lesson&step=6');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Language' }), { key: 'ArrowLeft' });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true });
    expect(stepHeading().textContent).toBe('Dying ReLU: units that stop learning');
  });

  it('jumps from the step list, and each link is the step’s own URL', async () => {
    const { user } = renderLesson('?view=lesson');
    const link = screen.getByRole('link', { name: 'Dying ReLU: units that stop learning' });
    expect(link.getAttribute('href')).toBe('?view=lesson&step=6');
    await user.click(link);
    expect(current()?.textContent).toBe('Dying ReLU: units that stop learning');
    expect(frame().getAttribute('src')).toBe(
      'embed.html?view=dying&dying.units=8&dying.shift=-3&lang=en',
    );
  });

  it('reveals the answer, computed from the registry, only on request', async () => {
    const { user } = renderLesson('?view=lesson&step=2');
    expect(screen.getByText('What does PyTorch return for ReLU′(0)?')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Show the answer' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const answer = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(answer.hidden).toBe(true);
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(answer.hidden).toBe(false);
    expect(answer.textContent).toMatch(/^0\. PyTorch’s autograd returns 0 as the gradient of relu/);
    expect(button.textContent).toBe('Hide the answer');
    // A new step starts with its answer hidden again.
    await user.click(screen.getByRole('link', { name: /^Next/ }));
    expect(
      screen.getByRole('button', { name: 'Show the answer' }).getAttribute('aria-expanded'),
    ).toBe('false');
  });

  it('says so when the step does not exist, and shows step 1', () => {
    renderLesson('?view=lesson&step=42');
    const notice = screen
      .getAllByRole('status')
      .find((s) => /not used as given/.test(s.textContent ?? ''))!;
    expect(within(notice).getByRole('listitem').textContent).toBe(
      'Ignored step=42: the lesson has steps 1 to 7, so it opens at step 1.',
    );
    expect(stepHeading().textContent).toBe('What ReLU is');
    expect(window.location.search).toBe('?view=lesson&step=1');
  });

  it('follows #step-N, on load and when the link target changes', () => {
    renderLesson('?view=lesson', '#step-3');
    expect(stepHeading().textContent).toBe('It is cheap to compute');
    expect(window.location.search).toBe('?view=lesson&step=3');
    expect(window.location.hash).toBe('');
    act(() => {
      window.history.replaceState(null, '', '/?view=lesson&step=3#step-4');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(stepHeading().textContent).toBe('Gradients through many layers');
  });

  it('in Chinese, with the theme, and follows the language switch into the figure', async () => {
    const { user } = renderLesson('?view=lesson&step=5&lang=zh-CN&theme=dark');
    expect(stepHeading().textContent).toBe('稀疏的激活值');
    expect(frame().getAttribute('src')).toBe('embed.html?view=sparsity&lang=zh-CN&theme=dark');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('ReLU 七步导学');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    expect(frame().getAttribute('src')).toBe('embed.html?view=sparsity&lang=en&theme=dark');
    expect(window.location.search).toBe('?view=lesson&step=5&theme=dark');
  });

  it('embeds in every step a URL the embed view decodes without notices', () => {
    renderLesson('?view=lesson');
    for (let n = 1; n <= STEP_COUNT; n++) {
      const url = new URL(frame().getAttribute('src')!, 'https://example.org/ae/');
      expect(url.pathname).toBe('/ae/embed.html');
      const q = url.searchParams;
      q.delete('controls');
      const ignored = q.has('view') ? decodeDemos(q).ignored : decodeExplorer(q).ignored;
      expect(ignored, `step ${n}: ${url.search}`).toEqual([]);
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    }
  });

  it('sizes the figure from its own resize messages only', () => {
    renderLesson('?view=lesson');
    expect(frame().getAttribute('height')).toBe('520');
    const post = (source: Window | null, height: unknown) =>
      act(() => {
        window.dispatchEvent(
          new MessageEvent('message', { data: { type: RESIZE_MESSAGE_TYPE, height }, source }),
        );
      });
    post(frame().contentWindow, 611.2);
    expect(frame().getAttribute('height')).toBe('612');
    post(window, 300);
    post(frame().contentWindow, 'tall');
    expect(frame().getAttribute('height')).toBe('612');
  });
});
