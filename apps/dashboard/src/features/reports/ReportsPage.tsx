import { calendarDateInCasablanca, isCalendarDate, planYears, TRACKING_FIRST_YEAR } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, FileRouteError } from '../files/file-transfer';

type Progress =
  { state: 'idle' } | { state: 'building' } | { state: 'downloading'; share: number } | { state: 'done'; name: string } | { state: 'failed'; message: string };

/** The yearly progress report: pick a year (state at 31 December) or a date, a format, and download it. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const today = calendarDateInCasablanca(new Date());
  const lastClosedYear = Math.max(TRACKING_FIRST_YEAR, Number(today.slice(0, 4)) - 1);
  const [by, setBy] = useState<'year' | 'date'>('year');
  const [year, setYear] = useState(lastClosedYear);
  const [date, setDate] = useState(today);
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const busy = progress.state === 'building' || progress.state === 'downloading';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (by === 'date' && !isCalendarDate(date)) return setProgress({ state: 'failed', message: t('reports.badDate') });
    const query = by === 'year' ? `year=${year}` : `asOf=${date}`;
    try {
      const name = await downloadFile(`/reports/annual?${query}&format=${format}`, `rapport-annuel-pnq.${format}`, (share) =>
        setProgress(share === null ? { state: 'building' } : { state: 'downloading', share }),
      );
      setProgress({ state: 'done', name });
    } catch (error) {
      setProgress({ state: 'failed', message: error instanceof FileRouteError ? error.message : t('reports.failed') });
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
          {progress.state === 'building' && (
            <>
              <progress aria-label={t('reports.building')} /> {t('reports.building')}
            </>
          )}
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
    </>
  );
}
