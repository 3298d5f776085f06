import { useEffect, useMemo, useRef, useState } from 'react';
import { SelectField } from '../../components/SelectField';
import { drawnPlotWidth } from '../../components/plot/plotWidth';
import { useResolvedTheme } from '../../components/useResolvedTheme';
import { useT } from '../../components/useT';
import { exportKit } from '../../i18n/sections/exportKit';
import { FALLBACK_WIDTH } from '../../plot/layout';
import { useExplorer, useExplorerApi } from '../../state/context';
import { selectTheme } from '../../state/selectors';
import { KitResult } from './KitResult';
import { SweepFields, sweepForm, type SweepForm } from './SweepFields';
import type { KitQuery } from './keys';
import { isAnimation, readKitQuery, type KitFormat, type KitNotice } from './query';
import { runKit, videoSupport, type KitOutput } from './runKit';
import './kit.css';

export interface KitPanelProps {
  id: string;
  /** Parameters from the address: made once when the panel opens. */
  query: KitQuery | null;
  onClose(): void;
}

/**
 * The export kit's panel: what to make (GIF or video of a sweep, SVG or PNG with alt text and
 * caption, QR code), then the result. The form is read through the same validation as the
 * address's `export=…` parameters (query.ts), so both say the same about a bad value.
 */
export function KitPanel({ id, query, onClose }: KitPanelProps) {
  const t = useT(exportKit);
  const api = useExplorerApi();
  const fn = useExplorer((s) => s.fn);
  const theme = useResolvedTheme(useExplorer(selectTheme)) ?? 'light';
  const video = useMemo(() => videoSupport(), []);
  const [format, setFormat] = useState<KitFormat>('gif');
  const [sweep, setSweep] = useState<SweepForm>(() => sweepForm(api.getState()));
  const [notices, setNotices] = useState<KitNotice[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [output, setOutput] = useState<KitOutput | null>(null);
  const [busy, setBusy] = useState(false);

  // A new function has other parameters: start its sweep afresh.
  const lastFn = useRef(fn);
  useEffect(() => {
    if (lastFn.current !== fn) setSweep(sweepForm(api.getState()));
    lastFn.current = fn;
  }, [api, fn]);

  const run = async (q: KitQuery) => {
    const state = api.getState();
    const read = readKitQuery(q, state, video !== null);
    setNotices(read.notices);
    const request = read.request;
    if (!request) return;
    setFormat(request.format);
    if (request.sweep) setSweep(sweepForm(state, request.sweep));
    setOutput(null);
    setStatus(t('kitWorkingStill'));
    setBusy(true);
    try {
      const frames = request.sweep?.frames ?? 1;
      const out = await runKit(request, {
        state,
        width: drawnPlotWidth(api) ?? FALLBACK_WIDTH,
        theme,
        pageUrl: location.href,
        onFrame: (i) => setStatus(t('kitWorking', { frame: i + 1, frames })),
      });
      setOutput(out);
      setStatus(null);
    } catch (e) {
      setStatus(t('kitFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  // An `export=…` address makes its file once, as soon as the panel is there.
  const started = useRef(false);
  useEffect(() => {
    if (query && !started.current) void run(query);
    started.current = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the address's request
  }, []);

  const formats: { value: KitFormat; label: string }[] = [
    { value: 'gif', label: t('kitFormatGif') },
    ...(video
      ? [
          {
            value: 'video' as const,
            label: t('kitFormatVideo', { container: video.extension.toUpperCase() }),
          },
        ]
      : []),
    { value: 'svg', label: t('kitFormatSvg') },
    { value: 'png', label: t('kitFormatPng') },
    { value: 'qr', label: t('kitFormatQr') },
  ];
  const submit = () => {
    const q: [string, string][] = [['export', format]];
    if (isAnimation(format))
      q.push(
        ['sweep', sweep.target],
        ['from', sweep.from],
        ['to', sweep.to],
        ['frames', sweep.frames],
      );
    void run(q);
  };

  return (
    <section id={id} className="ae-kit" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="ae-kit-heading">
        {t('kitHeading')}
      </h2>
      <p className="ae-hint">{t('kitIntro')}</p>
      <form
        className="ae-kit-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SelectField<KitFormat>
          className="ae-kit-field"
          label={t('kitFormatLabel')}
          value={format}
          options={formats}
          onChange={setFormat}
        />
        {isAnimation(format) && <SweepFields value={sweep} onChange={setSweep} />}
        <button type="submit" className="ae-button" disabled={busy}>
          {t('kitMake')}
        </button>
        <button type="button" className="ae-button" onClick={onClose}>
          {t('kitClose')}
        </button>
      </form>
      <ul className="ae-kit-notices" role="status">
        {notices.map((n, i) => (
          <li key={i}>{t(n.key, n.vars)}</li>
        ))}
      </ul>
      <p className="ae-kit-status" role="status">
        {status}
      </p>
      {output && <KitResult output={output} />}
    </section>
  );
}
