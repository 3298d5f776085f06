import type { Tone, TracePlan } from './trace';

export { planTrace, toneAt } from './trace';

// Web Audio for the audio trace. Loaded with a dynamic import on the first play, together with
// the schedule (trace.ts, re-exported here), so a page that never plays ships none of either.

/** Time constant of every gain change: fast enough to follow a kink, slow enough not to pop. */
const EASE = 0.004;
/** The kink click: a 3 kHz burst decaying over about a millisecond, well above the tones. */
const CLICK_HZ = 3000;
const CLICK_PEAK = 0.6;
const CLICK_SECONDS = 0.006;

function clickBuffer(ctx: BaseAudioContext): AudioBuffer {
  const n = Math.round(CLICK_SECONDS * ctx.sampleRate);
  const buffer = ctx.createBuffer(1, n, ctx.sampleRate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < n; i++) {
    const s = i / ctx.sampleRate;
    data[i] = CLICK_PEAK * Math.sin(2 * Math.PI * CLICK_HZ * s) * Math.exp(-s / 0.001);
  }
  return buffer;
}

/**
 * Schedules `plan` on `ctx` from time `at` (seconds on ctx's clock) into `out`: a sine and a
 * square oscillator whose gains switch with each tone's waveform, one stereo panner following
 * x, and a click per kink. Returns a function that silences and stops everything.
 */
export function schedulePlan(
  ctx: BaseAudioContext,
  plan: TracePlan,
  at: number,
  out: AudioNode,
): () => void {
  const panner = ctx.createStereoPanner();
  panner.connect(out);
  const voices = (['sine', 'square'] as const).map((type) => {
    const osc = ctx.createOscillator();
    osc.type = type;
    const gain = ctx.createGain();
    gain.gain.value = 0;
    osc.connect(gain).connect(panner);
    return { type, osc, gain };
  });
  let end = 0;
  for (const tone of plan.tones) {
    const t = at + tone.t;
    // A gap (no finite value) falls silent where the previous tone ended.
    if (tone.t > end + 1e-9) for (const v of voices) v.gain.gain.setTargetAtTime(0, at + end, EASE);
    panner.pan.setValueAtTime(tone.pan, t);
    for (const v of voices) {
      v.osc.frequency.setValueAtTime(tone.freq, t);
      v.gain.gain.setTargetAtTime(v.type === tone.waveform ? tone.gain : 0, t, EASE);
    }
    end = tone.t + tone.dur;
  }
  for (const v of voices) {
    v.gain.gain.setTargetAtTime(0, at + end, EASE);
    v.osc.start(at);
    v.osc.stop(at + plan.duration + 10 * EASE);
  }
  const click = clickBuffer(ctx);
  const sources = plan.clicks.map((c) => {
    const src = ctx.createBufferSource();
    src.buffer = click;
    src.connect(panner);
    src.start(at + c);
    return src;
  });
  return () => {
    for (const v of voices) {
      v.gain.gain.cancelScheduledValues(0);
      v.gain.gain.value = 0;
      v.osc.stop();
    }
    for (const s of sources) s.stop();
    panner.disconnect();
  };
}

/** The single trace player of the page: one AudioContext, one sound at a time. */
export interface TracePlayer {
  /** Plays a sweep; `onEnd` runs when it ends or is stopped. */
  play(plan: TracePlan, onEnd: () => void): void;
  /** Plays one short tone (the crosshair's), cutting off whatever played. */
  blip(tone: Tone): void;
  stop(): void;
}

let ctx: AudioContext | undefined;
let stopCurrent: (() => void) | undefined;
let endCurrent: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function stop(): void {
  clearTimeout(timer);
  stopCurrent?.();
  const end = endCurrent;
  stopCurrent = endCurrent = undefined;
  end?.();
}

function start(plan: TracePlan, onEnd?: () => void): void {
  stop();
  // Created on the first play (a user gesture), as browsers require for sound.
  ctx ??= new AudioContext();
  void ctx.resume();
  stopCurrent = schedulePlan(ctx, plan, ctx.currentTime + 0.02, ctx.destination);
  endCurrent = onEnd;
  timer = setTimeout(stop, (plan.duration + 0.1) * 1000);
}

export const player: TracePlayer = {
  play: (plan, onEnd) => start(plan, onEnd),
  blip: (tone) => start({ duration: tone.dur, tones: [{ ...tone, t: 0 }], clicks: [] }),
  stop,
};
