import { useTranslation } from 'react-i18next';
import type { JobFieldsFragment } from '../../generated/graphql';

/** Where a job stands: waiting its turn (with how many before it), or being built (its stage and share done). */
export function JobProgress({ job }: { job: JobFieldsFragment }) {
  const { t } = useTranslation();
  if (job.state === 'QUEUED') {
    const label = t('jobs.queued', { count: job.queuedBefore ?? 0 });
    return (
      <>
        <progress aria-label={label} /> {label}
      </>
    );
  }
  if (job.state !== 'RUNNING') return null;
  const stage = job.stage ? t(`jobs.stage.${job.stage}`, { defaultValue: t('jobs.running') }) : t('jobs.running');
  return (
    <>
      <progress aria-label={stage} value={job.progress} max={100} /> {stage} {job.progress} %
    </>
  );
}
