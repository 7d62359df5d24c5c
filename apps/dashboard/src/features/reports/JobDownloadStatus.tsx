import type { JobFieldsFragment } from '../../generated/graphql';
import { JobProgress } from './JobProgress';
import type { JobDownload } from './useJobDownload';

/** Where a file built as a job stands (asked, built — queue place and stage —, downloading, done), then why it failed. */
export function JobDownloadStatus({
  progress,
  job,
  words,
  testId,
}: {
  progress: JobDownload;
  job: JobFieldsFragment | undefined;
  words: { building: string; downloading: string; done: (name: string) => string };
  testId: string;
}) {
  return (
    <>
      <div role="status" aria-live="polite" data-testid={testId}>
        {(progress.state === 'asking' || (progress.state === 'building' && !job)) && (
          <>
            <progress aria-label={words.building} /> {words.building}
          </>
        )}
        {progress.state === 'building' && job && <JobProgress job={job} />}
        {progress.state === 'downloading' && (
          <>
            <progress aria-label={words.downloading} value={progress.share} max={1} /> {words.downloading} {Math.round(progress.share * 100)} %
          </>
        )}
        {progress.state === 'done' && <span className="saved">{words.done(progress.name)}</span>}
      </div>
      {progress.state === 'failed' && (
        <p role="alert" className="form-error">
          {progress.message}
        </p>
      )}
    </>
  );
}
