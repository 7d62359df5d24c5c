import { useEffect } from 'react';
import { useJobQuery } from '../../generated/graphql';

const POLL_MS = 1000;

/** Follows a job (a report being built) until it is done or failed: the API's job(id), asked every second meanwhile. */
export function useJob(id: string | null) {
  const { data, error, stopPolling } = useJobQuery({ variables: { id: id ?? '' }, skip: !id, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const job = id && data?.job.id === id ? data.job : undefined;
  const finished = job?.state === 'DONE' || job?.state === 'FAILED';
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  return { job, error };
}
