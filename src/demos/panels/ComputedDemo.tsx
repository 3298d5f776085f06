import { useEffect, type ReactNode } from 'react';
import type { JobOptionsMap, JobResultMap } from '../../train/protocol';
import { useDemos } from '../context';
import { DemoSection } from '../DemoSection';
import { useT } from '../../components/useT';
import { demos } from '../../i18n/sections/demos';
import { SCHEMA } from '../schema';
import { FunctionChecklist } from '../ui/FunctionChecklist';
import { SeedField } from '../ui/SeedField';
import { useComputeJob } from '../useComputeJob';
import { JobStatus } from './JobStatus';
import type { PanelProps } from './types';

/** The demos computed from their settings alone, with a function list and a seed. */
type Computed = 'depth' | 'sparsity' | 'distribution';

export interface ComputedDemoProps<K extends Computed> extends PanelProps {
  demo: K;
  title: string;
  lead: string;
  /** The job's options, memoised: a new object recomputes. */
  options: JobOptionsMap[K];
  /** The demo's own controls, above the function list and the seed. */
  fields: ReactNode;
  /** Charts, table and summary of the last result. */
  results(result: JobResultMap[K]): ReactNode;
}

/**
 * A demo that recomputes in its worker shortly after every change (each run takes tens of ms,
 * so a dragged slider computes once it pauses), keeping the last result on screen meanwhile.
 */
export function ComputedDemo<K extends Computed>({
  options,
  fields,
  results,
  ...section
}: ComputedDemoProps<K>) {
  const { demo } = section;
  const t = useT(demos);
  const s = useDemos((st) => st[demo]);
  const update = useDemos((st) => st.update);
  const job = useComputeJob(demo);
  const { start } = job;
  useEffect(() => {
    const id = setTimeout(() => start(options), 60);
    return () => clearTimeout(id);
  }, [options, start]);
  // Widened to all three demos: their `fn` and `seed` fields are alike.
  const which: Computed = demo;
  const F = SCHEMA[which];

  const controls = (
    <>
      {fields}
      <FunctionChecklist
        legend={t('demoFunctions', { max: F.fn.max })}
        selected={s.fn}
        min={F.fn.min}
        max={F.fn.max}
        onChange={(fn) => update(which, { fn })}
      />
      <SeedField
        value={s.seed}
        max={F.seed.max}
        onChange={(seed) => update(which, { seed })}
        t={t}
      />
    </>
  );

  return (
    <DemoSection {...section} controls={controls} t={t}>
      <JobStatus job={job} t={t} />
      {job.result && results(job.result)}
    </DemoSection>
  );
}
