// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDemos } from '../demos.testing';

afterEach(cleanup);

const wait = { timeout: 30_000 };
const counter = () =>
  Number(/Step (\d+) of/.exec(screen.getByTestId('train-step').textContent!)![1]);
const sleep = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));
/** The play button once the session is there (it is disabled until the first snapshot). */
async function playButton() {
  const button = await screen.findByRole('button', { name: 'Play' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false), wait);
  return button;
}

describe('dying ReLU panel', { timeout: 90_000 }, () => {
  it('shows the initial state, plays, pauses, steps and resets', async () => {
    renderDemos('view=dying&dying.units=16&dying.shift=-2&dying.steps=20000');
    const summary = await screen.findByTestId('summary-dying', {}, wait);
    await waitFor(
      () =>
        expect(summary.textContent).toMatch(
          /^ReLU: \d+ of 16 units dead after 0 steps; loss [\d.]+\.$/,
        ),
      wait,
    );
    expect(screen.getByTestId('train-step').textContent).toBe('Ready · Step 0 of 20000');

    fireEvent.click(await playButton());
    await waitFor(() => expect(counter()).toBeGreaterThan(0), wait);
    expect(screen.getByTestId('train-step').textContent).toMatch(/^Training/);

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(
      () => expect(screen.getByTestId('train-step').textContent).toMatch(/^Paused/),
      wait,
    );
    // A chunk already in flight may still land after Pause (late on a loaded machine); after
    // that the count must hold still. While training went on, no 300 ms would pass unchanged.
    let paused = -1;
    await waitFor(async () => {
      paused = counter();
      await sleep(300);
      expect(counter()).toBe(paused);
    }, wait);
    expect(screen.getByTestId('train-step').textContent).toMatch(/^Paused/);

    fireEvent.click(screen.getByRole('button', { name: 'Step +10' }));
    await waitFor(() => expect(counter()).toBe(paused + 10), wait);
    await waitFor(
      () => expect(summary.textContent).toContain(`units dead after ${paused + 10} steps`),
      wait,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(
      () => expect(screen.getByTestId('train-step').textContent).toBe('Ready · Step 0 of 20000'),
      wait,
    );
  });

  it('runs ReLU, Leaky ReLU, PReLU and ELU side by side to the target', async () => {
    const { container } = renderDemos(
      'view=dying&dying.side=1&dying.units=8&dying.steps=100&dying.lr=0.1',
    );
    await waitFor(() => expect(container.querySelectorAll('[data-fn]')).toHaveLength(4), wait);
    fireEvent.click(await playButton());
    await waitFor(
      () => expect(screen.getByTestId('train-step').textContent).toBe('Done · Step 100 of 100'),
      wait,
    );
    const summary = screen.getByTestId('summary-dying');
    const lines = () => [...summary.querySelectorAll('p')].map((p) => p.textContent ?? '');
    await waitFor(
      () => expect(lines().every((l) => l.includes('after 100 steps'))).toBe(true),
      wait,
    );
    expect(lines().map((l) => l.split(':')[0])).toEqual(['ReLU', 'Leaky ReLU', 'PReLU', 'ELU']);
    for (const l of lines().slice(1)) expect(l).toMatch(/: 0 of 8 units dead after 100 steps/);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
  });

  it('changing a setting starts over from step 0 with the new network', async () => {
    const { demos } = renderDemos('view=dying&dying.units=8&dying.steps=100');
    fireEvent.click(await playButton());
    await waitFor(
      () => expect(screen.getByTestId('train-step').textContent).toMatch(/^Done/),
      wait,
    );
    fireEvent.change(screen.getByRole('slider', { name: 'Hidden units' }), {
      target: { value: '12' },
    });
    expect(demos.getState().dying.units).toBe(12);
    await waitFor(
      () => expect(screen.getByTestId('train-step').textContent).toBe('Ready · Step 0 of 100'),
      wait,
    );
    await waitFor(
      () => expect(screen.getByTestId('summary-dying').textContent).toMatch(/of 12 units/),
      wait,
    );
  });
});

describe('PReLU panel', { timeout: 90_000 }, () => {
  it('plots one α per unit from 0.25 and states their range after training', async () => {
    renderDemos('view=prelu&prelu.units=8&prelu.steps=200&prelu.lr=0.05');
    const summary = await screen.findByTestId('summary-prelu', {}, wait);
    await waitFor(
      () => expect(summary.textContent).toContain('After 0 steps α ranges from 0.25 to 0.25'),
      wait,
    );
    fireEvent.click(await playButton());
    await waitFor(
      () =>
        expect(summary.textContent).toMatch(
          /^After 200 steps α ranges from −?[\d.]+ to [\d.]+ \(mean [\d.]+\) over 8 units, all starting at 0\.25; loss [\d.e−]+\.$/,
        ),
      wait,
    );
    expect(screen.getAllByTestId('alpha-line')).toHaveLength(8);
  });

  it('with one shared α, one line', async () => {
    renderDemos('view=prelu&prelu.alpha=shared&prelu.steps=100');
    fireEvent.click(await playButton());
    const summary = await screen.findByTestId('summary-prelu', {}, wait);
    await waitFor(
      () =>
        expect(summary.textContent).toMatch(
          /^After 100 steps the shared α is [\d.]+, starting at 0\.25/,
        ),
      wait,
    );
    expect(screen.getAllByTestId('alpha-line')).toHaveLength(1);
  });
});
