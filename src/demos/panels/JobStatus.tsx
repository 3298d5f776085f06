import type { ComputeKind } from '../../train/protocol';
import type { DemoT } from '../../i18n/sections/demos';
import { ProgressBar } from '../ui/ProgressBar';
import type { ComputeJob } from '../useComputeJob';

export interface JobStatusProps<K extends ComputeKind> {
  job: ComputeJob<K>;
  t: DemoT;
}

/**
 * While a recomputation runs: its progress, faded in only if it takes a moment (a quick one
 * after a slider step shows nothing, so nothing flickers); its error if it failed.
 */
export function JobStatus<K extends ComputeKind>({ job, t }: JobStatusProps<K>) {
  return (
    <div className="ae-demo-status" aria-busy={job.status === 'running'}>
      {job.status === 'running' && (
        <div className="ae-demo-busy">
          <ProgressBar
            label={t('demoComputeProgress')}
            value={job.progress}
            text={t('demoWorking')}
          />
        </div>
      )}
      {job.status === 'error' && (
        <p className="ae-field-error" role="alert">
          {t('demoError', { message: job.error ?? '' })}
        </p>
      )}
    </div>
  );
}
