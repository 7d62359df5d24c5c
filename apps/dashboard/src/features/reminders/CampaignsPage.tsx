import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaignsQuery, useCreateCampaignMutation } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { ScrollBox } from '../shared/ScrollBox';

/** Admins: send a dated call for updates to every editor, then see, organisation by organisation, who has updated since. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [deadline, setDeadline] = useState('');
  const [message, setMessage] = useState('');
  const { data, loading, error, refetch } = useCampaignsQuery({ fetchPolicy: 'cache-and-network' });
  const [create, { loading: sending, error: sendError, data: sent }] = useCreateCampaignMutation({ onCompleted: () => void refetch() });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create({ variables: { input: { deadline, message: message.trim() || null } } }).catch(() => undefined);
  };

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('reminders.campaigns.title')}</h1>
      <p className="lead">{t('reminders.campaigns.intro')}</p>
      <form className="panel-form" onSubmit={submit}>
        <label>
          <span>{t('reminders.campaigns.deadline')}</span>
          <input type="date" required value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </label>
        <label>
          <span>{t('reminders.campaigns.message')}</span>
          <textarea
            rows={3}
            maxLength={2000}
            value={message}
            placeholder={t('reminders.campaigns.messagePlaceholder')}
            onChange={(event) => setMessage(event.target.value)}
          />
        </label>
        <button type="submit" disabled={sending}>
          {t('reminders.campaigns.send')}
        </button>
        <div role="status" aria-live="polite">
          {sent && !sendError && <p>{t('reminders.campaigns.sent')}</p>}
          <MutationErrorMessage error={sendError} />
        </div>
      </form>
      {data?.campaigns.length === 0 && <p>{t('reminders.campaigns.empty')}</p>}
      {data?.campaigns.map((campaign) => (
        <section key={campaign.id} className="campaign" data-testid={`campaign-${campaign.id}`}>
          <h2>{t('reminders.campaigns.heading', { sent: format.date(campaign.sentOn), deadline: format.date(campaign.deadline) })}</h2>
          <p>{campaign.message}</p>
          <p>
            <strong>
              {t('reminders.campaigns.progress', {
                updated: campaign.organisationsUpdated,
                reached: campaign.organisationsReached,
                recipients: campaign.recipients,
              })}
            </strong>
          </p>
          <ScrollBox label={t('reminders.campaigns.heading', { sent: format.date(campaign.sentOn), deadline: format.date(campaign.deadline) })}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('reminders.campaigns.col.organisation')}</th>
                  <th scope="col">{t('reminders.campaigns.col.editors')}</th>
                  <th scope="col">{t('reminders.campaigns.col.updated')}</th>
                  <th scope="col">{t('reminders.campaigns.col.by')}</th>
                </tr>
              </thead>
              <tbody>
                {campaign.organisations.map((o) => (
                  <tr key={o.key}>
                    <td>{o.acronym ?? o.name}</td>
                    <td>{o.editors === 0 ? t('reminders.campaigns.noEditor') : format.number(o.editors)}</td>
                    <td>
                      {o.updatedActions > 0 ? '✓ ' : '✗ '}
                      {t('reminders.campaigns.updatedOf', { updated: o.updatedActions, actions: o.actions })}
                    </td>
                    <td>{o.updatedBy.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ))}
    </PageState>
  );
}
