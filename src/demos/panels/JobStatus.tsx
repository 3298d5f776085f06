import type { ComputeKind } from '../../train/protocol';
import type { DemoT } from '../i18n';
import { ProgressBar } from '../ui/ProgressBar';
import type { ComputeJob } from '../useComputeJob';

/** "Computing…" with progress while a job runs, its error if it failed; nothing otherwise. */
export function JobStatus<K extends ComputeKind>({
  job,
  t,
  progressLabel,
}: {
  job: ComputeJob<K>;
  t: DemoT;
  /** Show a progress bar with this name (long jobs); otherwise just the busy text. */
  progressLabel?: string;
}) {
  return (
    <div className="ae-demo-status" aria-busy={job.status === 'running'}>
      {job.status === 'running' &&
        (progressLabel ? (
          <ProgressBar label={progressLabel} value={job.progress} />
        ) : (
          <p className="ae-hint ae-demo-busy">{t('demoWorking')}</p>
        ))}
      {job.status === 'error' && (
        <p className="ae-field-error" role="alert">
          {t('demoError', { message: job.error ?? '' })}
        </p>
      )}
    </div>
  );
}
