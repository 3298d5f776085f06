// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TracePlayer } from '../../audio/player';
import { frequencyOf, planTrace, toneAt, type Tone, type TracePlan } from '../../audio/trace';
import { Explorer } from '../../components/Explorer';
import { formatReadout } from '../../format/number';
import { getActivation } from '../../math';
import { buildPlotModel } from '../../plot/model';
import { ExplorerProvider } from '../../state/context';
import { createExplorerStore, type ExplorerState } from '../../state/explorerStore';
import { AudioTrace, SWEEP_SECONDS } from './AudioTrace';

/** A player that records what it was asked to play. */
function fakePlayer() {
  const plays: TracePlan[] = [];
  const blips: Tone[] = [];
  let end: (() => void) | undefined;
  const player: TracePlayer = {
    // Like the real player: a new sound ends the one playing, calling its onEnd.
    play: (plan, onEnd) => {
      const previous = end;
      end = undefined;
      previous?.();
      plays.push(plan);
      end = onEnd;
    },
    blip: (tone) => void blips.push(tone),
    stop: () => end?.(),
  };
  return { player, plays, blips, finish: () => act(() => end?.()) };
}

function renderTrace(initial?: Partial<ExplorerState>) {
  const fake = fakePlayer();
  const store = createExplorerStore(initial);
  render(
    <ExplorerProvider store={store}>
      <Explorer
        tools={
          <AudioTrace load={() => Promise.resolve({ player: fake.player, planTrace, toneAt })} />
        }
      />
    </ExplorerProvider>,
  );
  return { ...fake, store };
}

const group = () => screen.getByRole('group', { name: 'Hear the curve' });
const frame = () => screen.getByRole('group', { name: /^Plot of/ });
/** Lets the player's dynamic load resolve. */
const settle = () => act(() => Promise.resolve());

beforeEach(() => vi.stubGlobal('AudioContext', class {}));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AudioTrace', () => {
  it('plays the sweep of f and of f′ of the main function, and stops', async () => {
    const { plays, finish } = renderTrace({ fn: 'leaky_relu', params: { alpha: 0.2 } });
    fireEvent.click(within(group()).getByRole('button', { name: 'Play f' }));
    await settle();
    expect(plays).toHaveLength(1);
    expect(plays[0]!.duration).toBe(SWEEP_SECONDS);
    expect(plays[0]!.clicks).toEqual([SWEEP_SECONDS / 2]); // the kink at 0 of [−5, 5]
    const a = getActivation('leaky_relu')!;
    for (const tone of plays[0]!.tones) expect(tone.value).toBe(a.f(tone.x, { alpha: 0.2 }));
    expect(within(group()).getByRole('button', { name: 'Stop' })).toBeTruthy();
    // Play f′ while f plays: f′ takes over.
    fireEvent.click(within(group()).getByRole('button', { name: 'Play f′' }));
    await settle();
    expect(plays[1]!.tones.every((t) => t.value === a.df(t.x, { alpha: 0.2 }))).toBe(true);
    expect(within(group()).getByRole('button', { name: 'Play f' })).toBeTruthy();
    expect(within(group()).getByRole('button', { name: 'Stop' })).toBeTruthy();
    finish();
    expect(within(group()).queryByRole('button', { name: 'Stop' })).toBeNull();
  });

  it('P plays f and Shift+P plays f′ from anywhere in the figure, not while typing', async () => {
    const { plays } = renderTrace({ fn: 'relu' });
    fireEvent.keyDown(frame(), { key: 'p', code: 'KeyP' });
    await settle();
    expect(plays).toHaveLength(1);
    expect(plays[0]!.tones.at(-1)!.value).toBe(getActivation('relu')!.f(plays[0]!.tones.at(-1)!.x));
    fireEvent.keyDown(frame(), { key: 'P', code: 'KeyP', shiftKey: true });
    await settle();
    expect(plays).toHaveLength(2);
    expect(plays[1]!.tones.at(-1)!.value).toBe(1); // ReLU′ on the right
    fireEvent.keyDown(screen.getByRole('textbox', { name: /x min/i }), { key: 'p', code: 'KeyP' });
    fireEvent.keyDown(frame(), { key: 'p', code: 'KeyP', ctrlKey: true });
    await settle();
    expect(plays).toHaveLength(2);
  });

  it('with a crosshair tone chosen, each arrow step blips the value the readout shows', async () => {
    const { blips, store } = renderTrace({ fn: 'leaky_relu', params: { alpha: 0.01 } });
    act(() => frame().focus());
    fireEvent.keyDown(frame(), { key: 'ArrowLeft' });
    await settle();
    expect(blips).toEqual([]); // off by default: no sound the learner did not ask for
    fireEvent.change(within(group()).getByRole('combobox'), { target: { value: 'f' } });
    fireEvent.keyDown(frame(), { key: 'ArrowLeft' });
    await settle();
    expect(blips).toHaveLength(1);
    const tone = blips[0]!;
    const readout = screen.getByTestId('plot-readout').textContent!;
    expect(readout).toContain(`x = ${formatReadout(tone.x)}`);
    expect(readout).toContain(`f(x) = ${formatReadout(tone.value)}`);
    expect(tone.value).toBeLessThan(0);
    expect(tone.waveform).toBe('square');
    expect(within(group()).getByText(new RegExp(`${Math.round(tone.freq)} Hz`))).toBeTruthy();
    // The pitch spans the y-range the f panel draws.
    const { fDomain } = buildPlotModel(store.getState(), 640);
    expect(tone.freq).toBe(frequencyOf(tone.value, fDomain));
  });

  it('says so when the browser has no Web Audio', async () => {
    vi.stubGlobal('AudioContext', undefined);
    const { plays } = renderTrace();
    fireEvent.click(within(group()).getByRole('button', { name: 'Play f' }));
    await settle();
    expect(plays).toEqual([]);
    expect(within(group()).getByText(/cannot play sound/)).toBeTruthy();
  });

  it('explains itself in both languages', () => {
    renderTrace({ lang: 'zh-CN' });
    const g = screen.getByRole('group', { name: '听曲线' });
    expect(within(g).getByText(new RegExp(`${SWEEP_SECONDS} 秒`))).toBeTruthy();
    expect(within(g).getByText(/折点/)).toBeTruthy();
  });
});
