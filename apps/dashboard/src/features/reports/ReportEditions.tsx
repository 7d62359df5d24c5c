import { errorText } from '../shared/error-text';
import { planYears, TRACKING_FIRST_YEAR } from '@pnq/domain';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFinaliseAnnualReportMutation, useMeQuery, useReportEditionsQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { JobProgress } from './JobProgress';
import { useJob } from './useJob';

/** Official editions of the yearly report: everyone downloads them byte for byte; the secretariat marks a closed year final. */
export function ReportEditions({ lastClosedYear }: { lastClosedYear: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: me } = useMeQuery();
  const { data, refetch } = useReportEditionsQuery({ fetchPolicy: 'cache-and-network' });
  const editions = data?.reportEditions ?? [];
  const open = planYears(TRACKING_FIRST_YEAR).filter((y) => y <= lastClosedYear && !editions.some((e) => e.year === y));
  const [year, setYear] = useState<number | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [finalise, finalising] = useFinaliseAnnualReportMutation();
  const { job } = useJob(jobId);
  const chosen = year !== null && open.includes(year) ? year : (open.at(-1) ?? null);

  useEffect(() => {
    if (job?.state === 'DONE') void refetch();
  }, [job?.state, refetch]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen === null) return;
    const { data: asked } = await finalise({ variables: { year: chosen } }).catch(() => ({ data: undefined }));
    if (asked) setJobId(asked.finaliseAnnualReport.id);
  };

  return (
    <section aria-labelledby="editions-title">
      <h2 id="editions-title">{t('reports.editions.title')}</h2>
      <p className="hint">{t('reports.editions.intro')}</p>
      {editions.length === 0 ? (
        <p>{t('reports.editions.none')}</p>
      ) : (
        <ul className="editions" data-testid="report-editions">
          {editions.map((edition) => (
            <li key={edition.year}>
              <strong>{t('reports.editions.edition', { year: edition.year })}</strong> —{' '}
              {t('reports.editions.finalisedBy', { date: format.date(edition.finalisedAt.slice(0, 10)), name: edition.finalisedBy })}
              <ul>
                {edition.files.map((file) => (
                  <li key={file.format}>
                    <a href={file.downloadUrl} download={file.fileName}>
                      {file.fileName}
                    </a>{' '}
                    <span className="hint">
                      ({t('reports.editions.size', { size: format.number(Math.round(file.size / 1024)) })}) · {t('reports.editions.fingerprint')}{' '}
                      <code>{file.sha256}</code>
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {me?.me?.role === 'ADMIN' &&
        (open.length === 0 ? (
          <p>{t('reports.editions.allFinal')}</p>
        ) : (
          <form className="update-form" onSubmit={(e) => void submit(e)}>
            <div className="form-row">
              <div className="field">
                <label htmlFor="edition-year">{t('reports.editions.year')}</label>
                <select id="edition-year" value={chosen ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
                  {open.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div>
              <button type="submit" disabled={finalising.loading || job?.state === 'QUEUED' || job?.state === 'RUNNING'}>
                {t('reports.editions.finalise', { year: chosen })}
              </button>
            </div>
            <div role="status" aria-live="polite" data-testid="edition-progress">
              {job && <JobProgress job={job} />}
              {job?.state === 'DONE' && <span className="saved">{t('reports.editions.finalised')}</span>}
            </div>
            <MutationErrorMessage error={finalising.error} />
            {job?.state === 'FAILED' && job.error && (
              <p role="alert" className="form-error">
                {errorText(t, job.error)}
              </p>
            )}
          </form>
        ))}
    </section>
  );
}
