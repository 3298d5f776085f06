import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { Quantity, Tone, TraceInput } from '../../audio/trace';
import { SelectField } from '../../components/SelectField';
import { CrosshairContext, type CrosshairView } from '../../components/plot/crosshairChannel';
import { useT } from '../../components/useT';
import { formatReadout } from '../../format/number';
import { audio } from '../../i18n/sections/audio';
import { getActivation } from '../../math';
import { useExplorerApi } from '../../state/context';
import { isTraceShortcut } from './shortcut';

/** Length of a sweep across the range, in seconds (the help text says it). */
export const SWEEP_SECONDS = 4;

/** The player and the schedule: audio/player.ts, which re-exports audio/trace.ts. */
export type AudioModule = Pick<
  typeof import('../../audio/player'),
  'player' | 'planTrace' | 'toneAt'
>;
const loadAudio = (): Promise<AudioModule> => import('../../audio/player');

export interface AudioTraceProps {
  /** Loads the player and schedule (a dynamic import by default: fetched on the first play). */
  load?: () => Promise<AudioModule>;
}

type Follow = 'off' | Quantity;

/**
 * The audio trace of the main function: "Play f" / "Play f′" sweep x across the range (also
 * P / Shift+P anywhere in the figure), and a crosshair tone that sounds the value at each
 * keyboard step of the crosshair. Pitch, stereo position, clicks and timbre come from
 * audio/trace.ts; the y-range is the one the plot draws, so high on the plot is high in pitch.
 */
export function AudioTrace({ load = loadAudio }: AudioTraceProps) {
  const t = useT(audio);
  const api = useExplorerApi();
  const channel = useContext(CrosshairContext);
  const ref = useRef<HTMLFieldSetElement>(null);
  const [playing, setPlaying] = useState<Quantity | null>(null);
  const [follow, setFollow] = useState<Follow>('off');
  const [status, setStatus] = useState('');
  const hintId = useId();

  /** What is heard for `quantity` now: the store's function and range, the plot's y-range. */
  const traceInput = (quantity: Quantity, view: CrosshairView | null): TraceInput | null => {
    const { fn, params, range } = api.getState();
    const a = getActivation(fn);
    if (!a) return null;
    const domain = quantity === 'f' ? view?.fDomain : view?.dfDomain;
    return { a, p: params, quantity, range, yRange: domain ?? [-1, 1] };
  };
  const describe = (q: Quantity, tone: Tone) =>
    t('audioNow', {
      q: q === 'f' ? 'f' : 'f′',
      x: formatReadout(tone.x),
      value: formatReadout(tone.value),
      hz: Math.round(tone.freq),
    });
  const withAudio = async (run: (m: AudioModule) => void) => {
    if (typeof AudioContext === 'undefined') return setStatus(t('audioUnsupported'));
    run(await load());
  };

  const toggle = (q: Quantity) => {
    if (playing === q) return void withAudio((m) => m.player.stop());
    const input = traceInput(q, channel?.view() ?? null);
    if (!input) return;
    void withAudio((m) => {
      // play() first: it ends what was playing, whose onEnd clears `playing`.
      m.player.play(m.planTrace(input, SWEEP_SECONDS), () => setPlaying(null));
      setPlaying(q);
      setStatus('');
    });
  };
  // The latest toggle and follow choice, for listeners registered once.
  const latest = useRef({ toggle, follow });
  useEffect(() => {
    latest.current = { toggle, follow };
  });

  useEffect(() => {
    const root = ref.current?.closest('.ae-root');
    if (!root) return;
    const onKey = (e: Event) => {
      const q = isTraceShortcut(e as KeyboardEvent);
      if (!q) return;
      e.preventDefault();
      latest.current.toggle(q);
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!channel) return;
    const onMove = (view: CrosshairView) => {
      const q = latest.current.follow;
      if (q === 'off') return;
      const input = traceInput(q, view);
      if (!input) return;
      void withAudio((m) => {
        const tone = m.toneAt(input, view.x);
        if (!tone) return;
        setStatus(describe(q, tone));
        m.player.blip(tone);
      });
    };
    return channel.onMove(onMove);
    // traceInput, describe and withAudio read only refs, the store API and `t`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, t]);

  const button = (q: Quantity) => (
    <button type="button" className="ae-button" onClick={() => toggle(q)}>
      {playing === q ? t('audioStop') : t(q === 'f' ? 'audioPlayF' : 'audioPlayDf')}
    </button>
  );
  return (
    <fieldset className="ae-group ae-audio" ref={ref} aria-describedby={hintId}>
      <legend className="ae-legend">{t('audioHeading')}</legend>
      <div className="ae-button-row">
        {button('f')}
        {button('df')}
      </div>
      <SelectField<Follow>
        className="ae-select-wrap"
        label={t('audioFollow')}
        value={follow}
        options={[
          { value: 'off', label: t('audioFollowOff') },
          { value: 'f', label: 'f' },
          { value: 'df', label: 'f′' },
        ]}
        onChange={setFollow}
      />
      {status && <p className="ae-hint">{status}</p>}
      <p className="ae-hint" id={hintId}>
        {t('audioHint', { seconds: SWEEP_SECONDS })}
      </p>
    </fieldset>
  );
}
