// The audio trace heard through real Web Audio: the schedule (src/audio/trace.ts) rendered by
// the player (src/audio/player.ts) into an OfflineAudioContext in Chromium, and the buffer read
// back — pitch from the zero-crossing rate, clicks as transients, timbre from the crest factor,
// stereo from each channel's energy. Then the control on the built page, with axe.
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { describeViolations, gotoApp, plot, runAxe, setupBrowser } from './helpers';
import { ROOT } from './paths';

const browser = setupBrowser();

/** The two audio modules plus the registry, as one script that sets `window.AE`. */
const bundle = buildSync({
  stdin: {
    contents: `export { planTrace } from './src/audio/trace';
      export { schedulePlan } from './src/audio/player';
      export { getActivation } from './src/math';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'AE',
  write: false,
}).outputFiles[0]!.text;

/** Per 25 ms window of the rendered sound. */
interface Window {
  /** Seconds from the start of the rendering. */
  t: number;
  /** Pitch estimate: zero crossings of L + R per second, halved. */
  hz: number;
  rms: number;
  /** Largest |sample| in either channel. */
  peak: number;
  /** Peak / RMS of L + R: √2 for a sine, 1 for a square wave. */
  crest: number;
  /** Energy of the left channel minus the right's, over their sum. */
  balance: number;
}

const LEAD = 0.5; // silence rendered before the sweep starts
const SWEEP = 4;

/** Renders the trace of `id` on [−5, 5] offline and measures it window by window. */
async function render(
  page: import('playwright-core').Page,
  id: string,
  p: Record<string, number>,
  yRange: [number, number],
): Promise<Window[]> {
  return page.evaluate(
    async ({ id, p, yRange, LEAD, SWEEP }) => {
      const AE = (window as unknown as { AE: any }).AE; // eslint-disable-line @typescript-eslint/no-explicit-any
      const rate = 44100;
      const ctx = new OfflineAudioContext(2, Math.round(rate * (LEAD + SWEEP + 0.5)), rate);
      const input = { a: AE.getActivation(id), p, quantity: 'f', range: [-5, 5], yRange };
      AE.schedulePlan(ctx, AE.planTrace(input, SWEEP), LEAD, ctx.destination);
      const buf: AudioBuffer = await ctx.startRendering();
      const l = buf.getChannelData(0);
      const r = buf.getChannelData(1);
      const size = Math.round(0.025 * rate);
      const out = [];
      for (let s = 0; s + size <= l.length; s += size) {
        let cross = 0;
        let sum = 0;
        let peak = 0;
        let monoPeak = 0;
        let el = 0;
        let er = 0;
        for (let i = s; i < s + size; i++) {
          const m = l[i]! + r[i]!;
          if (i > s && m > 0 !== l[i - 1]! + r[i - 1]! > 0) cross++;
          sum += m * m;
          peak = Math.max(peak, Math.abs(l[i]!), Math.abs(r[i]!));
          monoPeak = Math.max(monoPeak, Math.abs(m));
          el += l[i]! * l[i]!;
          er += r[i]! * r[i]!;
        }
        const rms = Math.sqrt(sum / size);
        out.push({
          t: s / rate,
          hz: cross / 2 / (size / rate),
          rms,
          peak,
          crest: rms > 0 ? monoPeak / rms : 0,
          balance: el + er > 0 ? (el - er) / (el + er) : 0,
        });
      }
      return out;
    },
    { id, p, yRange, LEAD, SWEEP },
  );
}

/** Windows wholly inside the part of the sweep where x is in [lo, hi], kept clear of the edges. */
function during(w: Window[], lo: number, hi: number): Window[] {
  const t0 = LEAD + ((lo + 5) / 10) * SWEEP + 0.05;
  const t1 = LEAD + ((hi + 5) / 10) * SWEEP - 0.05;
  return w.filter((v) => v.t >= t0 && v.t + 0.025 <= t1);
}
const clicksAt = (w: Window[]) => w.filter((v) => v.peak > 0.38).map((v) => v.t);
const silent = (w: Window[]) => w.every((v) => v.peak < 1e-3);
/**
 * Pitch rises: the mean pitch of each 250 ms block is at least the previous block's (less 10 Hz,
 * as one zero crossing more or less moves a window by 20 Hz), and the last is well above the first.
 */
function rises(w: Window[]): boolean {
  const blocks: number[] = [];
  for (let i = 0; i + 10 <= w.length; i += 10) {
    blocks.push(w.slice(i, i + 10).reduce((s, v) => s + v.hz, 0) / 10);
  }
  return (
    blocks.every((f, i) => i === 0 || f >= blocks[i - 1]! - 10) && blocks.at(-1)! > 1.4 * blocks[0]!
  );
}

async function openRenderer() {
  const { page, errors } = await browser.open();
  await page.setContent('<!doctype html><title>audio</title>');
  await page.addScriptTag({ content: bundle });
  return { page, errors };
}

describe('the audio trace, rendered offline in Chromium', () => {
  it('ReLU: flat pitch then rising, a click at the kink, silence outside the sweep', async () => {
    const { page, errors } = await openRenderer();
    const w = await render(page, 'relu', {}, [-1, 6]);
    const flat = during(w, -5, 0).map((v) => v.hz);
    expect(Math.max(...flat) - Math.min(...flat)).toBeLessThanOrEqual(80); // one crossing of slack
    expect(rises(during(w, 0, 5))).toBe(true);
    const kink = LEAD + SWEEP / 2;
    expect(clicksAt(w).every((t) => Math.abs(t - kink) < 0.03)).toBe(true);
    expect(clicksAt(w).length).toBeGreaterThan(0);
    expect(silent(w.filter((v) => v.t + 0.025 <= LEAD))).toBe(true);
    expect(silent(w.filter((v) => v.t >= LEAD + SWEEP + 0.05))).toBe(true);
    // Stereo follows x: left at the start, right at the end.
    expect(during(w, -5, -4)[0]!.balance).toBeGreaterThan(0.9);
    expect(during(w, 4, 5).at(-1)!.balance).toBeLessThan(-0.9);
    expect(errors).toEqual([]);
  });

  it('Sigmoid: rising all the way, no click', async () => {
    const { page } = await openRenderer();
    const w = await render(page, 'sigmoid', {}, [0, 1]);
    expect(rises(during(w, -5, 5))).toBe(true);
    expect(clicksAt(w)).toEqual([]);
  });

  it('Leaky ReLU: rising, buzzier below zero, a click at the kink', async () => {
    const { page } = await openRenderer();
    const w = await render(page, 'leaky_relu', { alpha: 0.1 }, [-1, 6]);
    expect(rises(during(w, -5, 5).filter((v) => v.peak < 0.38))).toBe(true);
    expect(during(w, -5, 0).every((v) => v.crest < 1.2)).toBe(true); // square wave
    expect(during(w, 0, 5).every((v) => v.crest > 1.3)).toBe(true); // sine
    const kink = LEAD + SWEEP / 2;
    expect(clicksAt(w).length).toBeGreaterThan(0);
    expect(clicksAt(w).every((t) => Math.abs(t - kink) < 0.03)).toBe(true);
  });
});

describe('the audio control on the page', () => {
  it('P on the plot plays f and P again stops; the crosshair tone shows its pitch; axe-clean', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=leaky_relu');
    const group = page.getByRole('group', { name: 'Hear the curve' });
    // The control loads after the app's first render (LazyAudioTrace): P means nothing before.
    await group.waitFor();
    await plot(page).focus();
    await page.keyboard.press('p');
    await expect.poll(() => group.getByRole('button', { name: 'Stop' }).count()).toBe(1);
    await page.keyboard.press('p'); // P again stops
    await expect
      .poll(() => group.getByRole('button', { name: 'Play f', exact: true }).count())
      .toBe(1);
    await group.getByRole('combobox', { name: 'Tone at the crosshair' }).selectOption('f');
    await plot(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => group.getByText(/Hz/).count()).toBe(1);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
