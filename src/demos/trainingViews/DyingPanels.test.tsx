// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Trainer } from '../../train/dying';
import { renderDemos } from '../demos.testing';
import { alphaText } from './dyingText';

afterEach(cleanup);

const wait = { timeout: 30_000 };
const region = () => screen.getByRole('region', { name: /^4\. Dying ReLU/ });

describe('dying panel: optimiser and presets', { timeout: 90_000 }, () => {
  it('Adam by default, and nothing on the panel says a dead unit stays dead; SGD says it', async () => {
    const { demos } = renderDemos('view=dying&dying.units=8');
    const select = screen.getByRole('combobox', { name: 'Optimiser' });
    expect((select as HTMLSelectElement).value).toBe('adam');
    await screen.findByTestId('summary-dying', {}, wait);
    expect(region().textContent).not.toMatch(/stays? dead/i);
    expect(screen.getByTestId('optimizer-hint').textContent).toMatch(/momentum/);
    fireEvent.change(select, { target: { value: 'sgd' } });
    expect(demos.getState().dying.optimizer).toBe('sgd');
    expect(screen.getByTestId('optimizer-hint').textContent).toMatch(
      /^Plain SGD .* length 5 .* once dead, it stays dead\.$/,
    );
  });

  it('each preset button sets several fields at once', async () => {
    const { demos } = renderDemos('view=dying&dying.steps=300&dying.seed=7');
    const group = screen.getByRole('group', { name: 'Telling cases' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Healthy: learning rate 0.01',
      'High learning rate: 0.1',
      'Plain SGD, learning rate 0.5',
      'Negative bias: shift −3',
      '8 units, shift −3',
    ]);
    fireEvent.click(within(group).getByRole('button', { name: '8 units, shift −3' }));
    expect(demos.getState().dying).toMatchObject({
      units: 8,
      lr: 0.01,
      shift: -3,
      optimizer: 'adam',
      side: true,
      steps: 300,
      seed: 7,
    });
    fireEvent.click(within(group).getByRole('button', { name: 'Plain SGD, learning rate 0.5' }));
    expect(demos.getState().dying).toMatchObject({
      units: 32,
      lr: 0.5,
      shift: 0,
      optimizer: 'sgd',
      side: true,
    });
    await waitFor(() => expect(region().querySelectorAll('[data-fn]')).toHaveLength(4), wait);
  });
});

describe('PReLU panel: the α of each unit', { timeout: 90_000 }, () => {
  it('lists the trained α per unit and states the negative ones exactly when there are any', async () => {
    renderDemos('view=prelu&prelu.units=8&prelu.steps=300&prelu.lr=0.05&prelu.seed=2');
    const play = await screen.findByRole('button', { name: 'Play' });
    await waitFor(() => expect(play).toHaveProperty('disabled', false), wait);
    const list = () => [...screen.getByTestId('alpha-values').querySelectorAll('li')];
    expect(list().map((li) => li.textContent)).toEqual(
      Array.from({ length: 8 }, (_, j) => `Unit ${j + 1}: α = 0.25`),
    );
    expect(screen.getByTestId('summary-prelu-negative').textContent).toBe('');
    fireEvent.click(play);
    await waitFor(
      () => expect(screen.getByTestId('train-step').textContent).toBe('Done · Step 300 of 300'),
      wait,
    );
    const trained = new Trainer({
      units: 8,
      activation: { id: 'prelu' },
      alphaMode: 'unit',
      learningRate: 0.05,
      biasShift: 0,
      seed: 2,
    }).step(300).alpha!;
    await waitFor(
      () =>
        expect(list().map((li) => li.textContent)).toEqual(
          Array.from(trained, (a, j) => `Unit ${j + 1}: α = ${alphaText(a)}`),
        ),
      wait,
    );
    const negatives = Array.from(trained).filter((a) => a < 0).length;
    expect(negatives).toBeGreaterThan(0);
    expect(screen.getByTestId('summary-prelu-negative').textContent).toBe(
      `${negatives} of 8 units have α < 0: their output grows in both directions away from 0 (a V shape).`,
    );
  });
});
