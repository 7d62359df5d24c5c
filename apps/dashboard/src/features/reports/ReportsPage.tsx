import { calendarDateInCasablanca, isCalendarDate, isLanguage, Language, LANGUAGES, planYears, TRACKING_FIRST_YEAR } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useRequestAnnualReportMutation } from '../../generated/graphql';
import { JobDownloadStatus } from './JobDownloadStatus';
import { ReportEditions } from './ReportEditions';
import { useJobDownload } from './useJobDownload';

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
  const { progress, job, start, busy, fail } = useJobDownload(t('reports.failed'));
  const [requestReport] = useRequestAnnualReportMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (by === 'date' && !isCalendarDate(date)) return fail(t('reports.badDate'));
    const input = { ...(by === 'year' ? { year } : { asOf: date }), format: format === 'pdf' ? ('PDF' as const) : ('DOCX' as const), language };
    await start(async () => (await requestReport({ variables: { input } })).data?.requestAnnualReport.id, `rapport-annuel-pnq.${format}`);
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
        <JobDownloadStatus
          progress={progress}
          job={job}
          words={{ building: t('reports.building'), downloading: t('reports.downloading'), done: (name) => t('reports.done', { name }) }}
          testId="report-progress"
        />
      </form>
      <ReportEditions lastClosedYear={lastClosedYear} />
    </>
  );
}
