import { ApolloError } from '@apollo/client';
import { calendarDateInCasablanca } from '@pnq/domain';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicSnapshotsQuery, useQualityDashboardQuery, useRequestPublicSnapshotMutation } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { JobProgress } from '../reports/JobProgress';
import { useJob } from '../reports/useJob';
import { QualityCriteriaPanel } from './QualityCriteriaPanel';
import { ScrollBox } from '../shared/ScrollBox';

interface Summary {
  number: number;
  published: boolean;
  fileCount: number;
  totalBytes: number;
  changes: number;
  generationMs: number;
  url: string | null;
}

type Step = { state: 'idle' } | { state: 'working'; jobId: string | null } | { state: 'done'; summary: Summary } | { state: 'failed'; message: string };

const sizeOf = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The secretariat publishes the public portal: preview a snapshot as of a date, publish it (with a quality dashboard edition), see what is online. */
export default function PublicationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = calendarDateInCasablanca(new Date());
  const [asOf, setAsOf] = useState(today);
  const [withEdition, setWithEdition] = useState(false);
  const [edition, setEdition] = useState({ periodStart: `${Number(today.slice(0, 4)) - 2}-01-01`, periodEnd: today, sources: '', method: '' });
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const [request] = useRequestPublicSnapshotMutation();
  const snapshots = usePublicSnapshotsQuery({ fetchPolicy: 'cache-and-network' });
  const quality = useQualityDashboardQuery({ fetchPolicy: 'cache-and-network' });
  const { job } = useJob(step.state === 'working' ? step.jobId : null);
  const said = (code: string, message: string) => t(`publication.errors.${code}`, { defaultValue: t(`errors.${code}`, { defaultValue: message }) });
  const dashboard = quality.data?.qualityDashboard;

  useEffect(() => {
    if (!job || step.state !== 'working') return;
    if (job.state === 'FAILED') setStep({ state: 'failed', message: job.error ? said(job.error.code, job.error.message) : t('publication.failed') });
    if (job.state !== 'DONE' || !job.downloadUrl) return;
    fetch(job.downloadUrl, { credentials: 'same-origin' })
      .then((response) => response.json() as Promise<Summary>)
      .then((summary) => {
        setStep({ state: 'done', summary });
        if (summary.published) void Promise.all([snapshots.refetch(), quality.refetch()]);
      })
      .catch(() => setStep({ state: 'failed', message: t('publication.failed') }));
  }, [job?.state]); // the rest is read as it is when the state changes

  const submit = async (event: FormEvent, publish: boolean) => {
    event.preventDefault();
    setStep({ state: 'working', jobId: null });
    try {
      const input = { asOf, publish, ...(publish && withEdition ? { edition } : {}) };
      const { data } = await request({ variables: { input } });
      setStep(data ? { state: 'working', jobId: data.requestPublicSnapshot.id } : { state: 'failed', message: t('publication.failed') });
    } catch (error) {
      const first = error instanceof ApolloError ? error.graphQLErrors[0] : undefined;
      const code = first?.extensions?.code;
      setStep({ state: 'failed', message: typeof code === 'string' ? said(code, first!.message) : t('publication.failed') });
    }
  };

  return (
    <>
      <h1>{t('publication.title')}</h1>
      <p className="lead">{t('publication.intro')}</p>
      <form className="update-form" onSubmit={(e) => void submit(e, false)}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="publication-as-of">{t('publication.asOf')}</label>
            <input id="publication-as-of" type="date" value={asOf} max={today} onChange={(e) => setAsOf(e.target.value)} />
          </div>
        </div>
        <label className="choice">
          <input type="checkbox" checked={withEdition} onChange={(e) => setWithEdition(e.target.checked)} />{' '}
          {t('publication.withEdition', { number: dashboard?.nextEditionNumber ?? 1 })}
        </label>
        {withEdition && (
          <div className="form-row">
            <div className="field">
              <label htmlFor="edition-start">{t('publication.periodStart')}</label>
              <input id="edition-start" type="date" value={edition.periodStart} onChange={(e) => setEdition({ ...edition, periodStart: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="edition-end">{t('publication.periodEnd')}</label>
              <input id="edition-end" type="date" value={edition.periodEnd} onChange={(e) => setEdition({ ...edition, periodEnd: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="edition-sources">{t('publication.sources')}</label>
              <textarea id="edition-sources" value={edition.sources} onChange={(e) => setEdition({ ...edition, sources: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="edition-method">{t('publication.method')}</label>
              <textarea id="edition-method" value={edition.method} onChange={(e) => setEdition({ ...edition, method: e.target.value })} />
            </div>
          </div>
        )}
        <div>
          <button type="submit" disabled={step.state === 'working'}>
            {t('publication.preview')}
          </button>{' '}
          <button type="button" disabled={step.state === 'working'} onClick={(e) => void submit(e, true)}>
            {t('publication.publish')}
          </button>
        </div>
        <div role="status" aria-live="polite" data-testid="publication-progress">
          {step.state === 'working' && (job ? <JobProgress job={job} /> : t('publication.working'))}
          {step.state === 'done' && (
            <p>
              {step.summary.published
                ? t('publication.published', { number: step.summary.number })
                : t('publication.previewReady', {
                    number: step.summary.number,
                    files: format.number(step.summary.fileCount),
                    size: sizeOf(step.summary.totalBytes),
                    changes: step.summary.changes,
                    seconds: format.number(Math.round(step.summary.generationMs / 100) / 10),
                  })}{' '}
              {step.summary.url && <a href={step.summary.url}>{t('publication.open')}</a>}
            </p>
          )}
          {step.state === 'failed' && (
            <p className="form-error" role="alert">
              {step.message}
            </p>
          )}
        </div>
      </form>

      <section aria-labelledby="snapshots-title">
        <h2 id="snapshots-title">{t('publication.snapshots')}</h2>
        {snapshots.data?.publicSnapshots.length ? (
          <ScrollBox label={t('publication.snapshots')}>
            <table data-testid="public-snapshots">
              <thead>
                <tr>
                  <th scope="col">{t('publication.number')}</th>
                  <th scope="col">{t('publication.asOf')}</th>
                  <th scope="col">{t('publication.publishedAt')}</th>
                  <th scope="col">{t('publication.files')}</th>
                  <th scope="col">{t('publication.size')}</th>
                  <th scope="col">{t('publication.time')}</th>
                  <th scope="col">{t('publication.edition')}</th>
                </tr>
              </thead>
              <tbody>
                {snapshots.data.publicSnapshots.map((s) => (
                  <tr key={s.number}>
                    <th scope="row">
                      <a href={s.url}>{s.number}</a>
                    </th>
                    <td>{format.date(s.asOf)}</td>
                    <td>{format.dateTime(s.publishedAt)}</td>
                    <td>{format.number(s.fileCount)}</td>
                    <td>{sizeOf(s.totalBytes)}</td>
                    <td>{format.number(Math.round(s.generationMs / 100) / 10)} s</td>
                    <td>{s.editionNumber ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        ) : (
          <p>{t('publication.none')}</p>
        )}
      </section>

      <section aria-labelledby="quality-title">
        <h2 id="quality-title">{t('publication.qualityDashboard')}</h2>
        {dashboard && dashboard.nextEditionDueOn && (
          <p>
            {t('publication.nextDue', { number: dashboard.nextEditionNumber, date: format.date(dashboard.nextEditionDueOn) })}
            {dashboard.nextEditionOverdue && <strong> — {t('publication.overdue')}</strong>}
          </p>
        )}
        <h3>{t('publication.editions')}</h3>
        {dashboard?.editions.length ? (
          <ul data-testid="quality-editions">
            {dashboard.editions.map((e) => (
              <li key={e.number}>
                <a href={`/public/${e.snapshotNumber}/fr/tableau-de-bord.html`}>
                  {t('publication.edition')} {e.number}
                </a>{' '}
                — {t('publication.period')} {format.date(e.periodStart)} – {format.date(e.periodEnd)} · {t('publication.publishedAt')}{' '}
                {format.date(e.publishedOn)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('publication.noEdition')}</p>
        )}
        <QualityCriteriaPanel criteria={dashboard?.criteria ?? []} onSaved={() => void quality.refetch()} />
      </section>
    </>
  );
}
