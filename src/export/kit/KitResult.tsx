import { useEffect, useMemo } from 'react';
import { useT } from '../../components/useT';
import { exportKit } from '../../i18n/sections/exportKit';
import { SnippetField } from '../../parts/embedDialog/SnippetField';
import type { KitOutput } from './runKit';

/** What the kit made: a preview, a download link per file, and the alt text, caption or link. */
export function KitResult({ output }: { output: KitOutput }) {
  const t = useT(exportKit);
  const urls = useMemo(() => output.files.map((f) => URL.createObjectURL(f.blob)), [output]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const first = output.files[0]!;
  const previewLabel = t('kitPreviewLabel', { file: first.name });
  return (
    <div className="ae-kit-result">
      <p role="status">{t('kitDone', { file: first.name })}</p>
      {output.preview === 'video' ? (
        <video
          className="ae-kit-preview"
          src={urls[0]}
          controls
          loop
          muted
          aria-label={previewLabel}
        />
      ) : (
        <img
          className="ae-kit-preview"
          src={urls[0]}
          alt={output.alt ?? output.caption ?? previewLabel}
        />
      )}
      <ul className="ae-kit-files">
        {output.files.map((f, i) => (
          <li key={f.name}>
            <a href={urls[i]} download={f.name}>
              {t('kitDownload', { file: f.name })}
            </a>
          </li>
        ))}
      </ul>
      {output.caption && (
        <p className="ae-kit-caption">
          <strong>{t('kitCaptionHeading')}</strong> {output.caption}
        </p>
      )}
      {output.alt && (
        <div className="ae-kit-alt">
          <p className="ae-hint">{t('kitAltHint')}</p>
          <SnippetField label={t('kitAltHeading')} copyLabel={t('kitCopyAlt')} text={output.alt} />
        </div>
      )}
      {output.url && (
        <p className="ae-kit-url">
          <strong>{t('kitUrlHeading')}</strong> <a href={output.url}>{output.url}</a>
        </p>
      )}
    </div>
  );
}
