import { errorText } from '../shared/error-text';
import { ApolloError } from '@apollo/client';
import { calendarDateInCasablanca, isCalendarDate, isLanguage, Language, LANGUAGES, planYears, TRACKING_FIRST_YEAR } from '@pnq/domain';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useRequestAnnualReportMutation } from '../../generated/graphql';
import { downloadFile, FileRouteError } from '../files/file-transfer';
import { JobProgress } from './JobProgress';
import { ReportEditions } from './ReportEditions';
import { useJob } from './useJob';

type Progress =
  | { state: 'idle' }
  | { state: 'asking' }
  | { state: 'building'; jobId: string }
  | { state: 'downloading'; share: number }
  | { state: 'done'; name: string }
  | { state: 'failed'; message: string };

/**
 * The yearly progress report: pick a year (state at 31 December) or a date, a format; the server queues it as a job
 * (built off the request path), the page shows its place in the queue and its progress, then downloads it.
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const today = calendarDateInCasablanca(new Date());
  const lastClosedYear = Math.max(TRACKING_FIRST_YEAR, Number(today.slice(0, 4)) - 1);
  // A date chosen with « Situation au » is the report's date by default (issue 21.14); otherwise the last closed year.
  const [params] = useSearchParams();
  const chosenDate = params.get('asOf');
  const [by, setBy] = useState<'year' | 'date'>(chosenDate && isCalendarDate(chosenDate) ? 'date' : 'year');
  const [year, setYear] = useState(lastClosedYear);
  const [date, setDate] = useState(chosenDate && isCalendarDate(chosenDate) ? chosenDate : today);
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  // The French edition is the official one (issue 21.15); Arabic and English are translations.
  const [language, setLanguage] = useState<Language>('fr');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const busy = progress.state === 'asking' || progress.state === 'building' || progress.state === 'downloading';
  const [requestReport] = useRequestAnnualReportMutation();
  const { job } = useJob(progress.state === 'building' ? progress.jobId : null);
  const said = (code: string) => errorText(t, { code });

  // Once the job is done its file is downloaded; a failed job says why.
  useEffect(() => {
    if (!job || progress.state !== 'building') return;
    if (job.state === 'FAILED') setProgress({ state: 'failed', message: job.error ? said(job.error.code) : t('reports.failed') });
    if (job.state !== 'DONE' || !job.downloadUrl) return;
    const fallbackName = job.fileName ?? `rapport-annuel-pnq.${format}`;
    downloadFile(job.downloadUrl, fallbackName, (share) => setProgress({ state: 'downloading', share: share ?? 0 })).then(
      (name) => setProgress({ state: 'done', name }),
      (error: unknown) => setProgress({ state: 'failed', message: error instanceof FileRouteError ? said(error.code) : errorText(t, error) }),
    );
  }, [job?.state]); // the rest is read as it is when the state changes

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (by === 'date' && !isCalendarDate(date)) return setProgress({ state: 'failed', message: t('reports.badDate') });
    setProgress({ state: 'asking' });
    try {
      const input = { ...(by === 'year' ? { year } : { asOf: date }), format: format === 'pdf' ? ('PDF' as const) : ('DOCX' as const), language };
      const { data } = await requestReport({ variables: { input } });
      setProgress(data ? { state: 'building', jobId: data.requestAnnualReport.id } : { state: 'failed', message: t('reports.failed') });
    } catch (error) {
      const first = error instanceof ApolloError ? error.graphQLErrors[0] : undefined;
      const code = first?.extensions?.code;
      setProgress({ state: 'failed', message: typeof code === 'string' ? said(code) : t('reports.failed') });
    }
  };

  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <form className="update-form" onSubmit={(e) => void submit(e)} aria-describedby="report-contents">
        <fieldset className="form-row">
          <legend>{t('reports.period')}</legend>
          <label className="choice">
            <input type="radio" name="by" checked={by === 'year'} onChange={() => setBy('year')} /> {t('reports.byYear')}
          </label>
          <label className="choice">
            <input type="radio" name="by" checked={by === 'date'} onChange={() => setBy('date')} /> {t('reports.byDate')}
          </label>
        </fieldset>
        <div className="form-row">
          {by === 'year' ? (
            <div className="field">
              <label htmlFor="report-year">{t('reports.year')}</label>
              <select id="report-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {planYears(TRACKING_FIRST_YEAR).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="field">
              <label htmlFor="report-date">{t('reports.date')}</label>
              <input id="report-date" type="date" value={date} min={`${TRACKING_FIRST_YEAR}-01-01`} onChange={(e) => setDate(e.target.value)} />
            </div>
          )}
          <div className="field">
            <label htmlFor="report-format">{t('reports.format')}</label>
            <select id="report-format" value={format} onChange={(e) => setFormat(e.target.value as 'pdf' | 'docx')}>
              <option value="pdf">{t('reports.pdf')}</option>
              <option value="docx">{t('reports.docx')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-language">{t('ux.reportLanguage.label')}</label>
            <select id="report-language" value={language} onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`ux.reportLanguage.${code}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p id="report-contents" className="hint">
          {by === 'year' ? t('reports.yearHint', { year, previous: year - 1 }) : t('reports.dateHint')}
        </p>
        <div>
          <button type="submit" disabled={busy}>
            {t('reports.download')}
          </button>
        </div>
        <div role="status" aria-live="polite" data-testid="report-progress">
          {(progress.state === 'asking' || (progress.state === 'building' && !job)) && (
            <>
              <progress aria-label={t('reports.building')} /> {t('reports.building')}
            </>
          )}
          {progress.state === 'building' && job && <JobProgress job={job} />}
          {progress.state === 'downloading' && (
            <>
              <progress aria-label={t('reports.downloading')} value={progress.share} max={1} /> {t('reports.downloading')} {Math.round(progress.share * 100)} %
            </>
          )}
          {progress.state === 'done' && <span className="saved">{t('reports.done', { name: progress.name })}</span>}
        </div>
        {progress.state === 'failed' && (
          <p role="alert" className="form-error">
            {progress.message}
          </p>
        )}
      </form>
      <ReportEditions lastClosedYear={lastClosedYear} />
    </>
  );
}
