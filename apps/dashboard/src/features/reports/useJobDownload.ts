import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, FileRouteError } from '../files/file-transfer';
import { errorCode, errorText } from '../shared/error-text';
import { useJob } from './useJob';

export type JobDownload =
  | { state: 'idle' }
  | { state: 'asking' }
  | { state: 'building'; jobId: string; fallbackName: string }
  | { state: 'downloading'; share: number }
  | { state: 'done'; name: string }
  | { state: 'failed'; message: string };

/**
 * A file the server builds as a job (a report, a meeting pack): asked for, followed while it is built, then downloaded;
 * a refusal or a failed job is worded by its code (`failed` when there is none).
 */
export function useJobDownload(failed: string) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<JobDownload>({ state: 'idle' });
  const { job } = useJob(progress.state === 'building' ? progress.jobId : null);
  // Always in the interface language, by the error's code (issue 21.5): never the server's English.
  const said = (error: unknown) => errorText(t, error);

  // Once the job is done its file is downloaded; a failed job says why.
  useEffect(() => {
    if (!job || progress.state !== 'building') return;
    if (job.state === 'FAILED') setProgress({ state: 'failed', message: job.error ? said(job.error) : failed });
    if (job.state !== 'DONE' || !job.downloadUrl) return;
    downloadFile(job.downloadUrl, job.fileName ?? progress.fallbackName, (share) => setProgress({ state: 'downloading', share: share ?? 0 })).then(
      (name) => setProgress({ state: 'done', name }),
      (error: unknown) => setProgress({ state: 'failed', message: error instanceof FileRouteError ? said(error) : errorText(t, error) }),
    );
  }, [job?.state]); // the rest is read as it is when the state changes

  /** Asks for the file: `request` returns the job's id. */
  const start = async (request: () => Promise<string | undefined>, fallbackName: string) => {
    setProgress({ state: 'asking' });
    try {
      const jobId = await request();
      setProgress(jobId ? { state: 'building', jobId, fallbackName } : { state: 'failed', message: failed });
    } catch (error) {
      setProgress({ state: 'failed', message: errorCode(error) ? said(error) : failed });
    }
  };

  const busy = progress.state === 'asking' || progress.state === 'building' || progress.state === 'downloading';
  return { progress, job, start, busy, fail: (message: string) => setProgress({ state: 'failed', message }) };
}
