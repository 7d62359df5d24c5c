import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { textDirection } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsOf } from '../../app/useAsOf';
import { useMailOutboxQuery, useRunRemindersMutation } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { ScrollBox } from '../shared/ScrollBox';

const PAGE_SIZE = 50;

/** Admins: every reminder mail with its status — the outbox when no SMTP server is configured — and the job's runs. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [asOf] = useAsOf();
  const [offset, setOffset] = useState(0);
  const [runDate, setRunDate] = useState(asOf);
  const { data, loading, error, refetch } = useMailOutboxQuery({ variables: { limit: PAGE_SIZE, offset }, fetchPolicy: 'cache-and-network' });
  const [run, { data: ran, loading: running, error: runError }] = useRunRemindersMutation({ onCompleted: () => void refetch() });
  const outbox = data?.mailOutbox;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ variables: { asOf: runDate } }).catch(() => undefined);
  };

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('reminders.outbox.title')}</h1>
      <p className="note" data-testid="smtp-status">
        {outbox?.smtpConfigured ? t('reminders.outbox.smtpOn') : t('reminders.outbox.smtpOff')}
      </p>
      <form className="panel-form panel-form--inline" onSubmit={submit}>
        <label>
          <span>{t('reminders.outbox.runDate')}</span>
          <input type="date" required value={runDate} onChange={(event) => setRunDate(event.target.value)} />
        </label>
        <button type="submit" disabled={running}>
          {t('reminders.outbox.run')}
        </button>
        <div role="status" aria-live="polite">
          {ran && (
            <p data-testid="run-result">
              {t(`reminders.outbox.runStatus.${ran.runReminders.status}`, {
                date: format.date(ran.runReminders.runDate),
                mails: ran.runReminders.mails,
                notifications: ran.runReminders.notifications,
              })}
            </p>
          )}
          <MutationErrorMessage error={runError} />
        </div>
      </form>

      <h2>{t('reminders.outbox.runs')}</h2>
      {data?.reminderRuns.length ? (
        <ScrollBox label={t('reminders.outbox.runs')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('reminders.outbox.col.date')}</th>
                <th scope="col">{t('reminders.outbox.col.trigger')}</th>
                <th scope="col">{t('reminders.outbox.col.notifications')}</th>
                <th scope="col">{t('reminders.outbox.col.mails')}</th>
              </tr>
            </thead>
            <tbody>
              {data.reminderRuns.map((r) => (
                <tr key={r.runDate}>
                  <td>{format.date(r.runDate)}</td>
                  <td>{t(`reminders.outbox.trigger.${r.trigger}`)}</td>
                  <td>{format.number(r.notifications)}</td>
                  <td>{format.number(r.mails)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p>{t('reminders.outbox.noRun')}</p>
      )}

      <h2>{t('reminders.outbox.mails', { count: outbox?.total ?? 0 })}</h2>
      {outbox?.messages.length ? (
        <>
          <ScrollBox label={t('reminders.outbox.mails', { count: outbox?.total ?? 0 })}>
            <table className="data-table" data-testid="outbox-table">
              <thead>
                <tr>
                  <th scope="col">{t('reminders.outbox.col.date')}</th>
                  <th scope="col">{t('reminders.outbox.col.recipient')}</th>
                  <th scope="col">{t('reminders.outbox.col.subject')}</th>
                  <th scope="col">{t('reminders.outbox.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {outbox.messages.map((mail) => (
                  <tr key={mail.id}>
                    <td>{format.date(mail.mailDate)}</td>
                    <td>
                      {mail.recipientEmail} <span className="hint">({mail.language})</span>
                    </td>
                    <td>
                      <details>
                        <summary>{mail.subject}</summary>
                        <pre className="mail-text" tabIndex={0} lang={mail.language} dir={textDirection(mail.language)}>
                          {mail.text}
                        </pre>
                      </details>
                    </td>
                    <td>
                      {t(`reminders.outbox.status.${mail.status}`)}
                      {mail.error && <div className="hint">{mail.error}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <p className="pager">
            <button type="button" className="button--secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              {t('reminders.outbox.previous')}
            </button>{' '}
            <button type="button" className="button--secondary" disabled={offset + PAGE_SIZE >= outbox.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              {t('reminders.outbox.next')}
            </button>
          </p>
        </>
      ) : (
        <p>{t('reminders.outbox.empty')}</p>
      )}
    </PageState>
  );
}
